//! Any bytes as an agenda file: read as text, parse and validate.
//! Must never panic; every refusal must carry at least one problem.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let result = talanoa::agenda::text_from_bytes(data.to_vec(), "fuzz.toml")
        .and_then(|text| talanoa::agenda::parse(&text, "fuzz.toml"));
    if let Err(e) = result {
        assert!(!e.problems.is_empty());
        let _ = e.to_string();
    }
});
