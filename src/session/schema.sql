-- talanoa session file, schema 1. See docs/session-format.md.
PRAGMA application_id = 1413565505;
PRAGMA user_version = 1;

CREATE TABLE agenda (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    source      TEXT NOT NULL,   -- the agenda's TOML text exactly as loaded
    sha256      TEXT NOT NULL,   -- hex SHA-256 of source
    origin      TEXT NOT NULL,   -- the path it was loaded from
    created_at  TEXT NOT NULL,   -- RFC 3339 UTC
    talanoa     TEXT NOT NULL    -- version of talanoa that created the session
);

CREATE TABLE changes (
    seq      INTEGER PRIMARY KEY,  -- 1, 2, 3, ... without gaps
    at       TEXT NOT NULL,        -- RFC 3339 UTC, whole seconds
    by       TEXT NOT NULL,        -- who entered the change
    kind     TEXT NOT NULL,        -- position, statement, attendance, outcome, action, spoke, undo, redo
    item     TEXT,                 -- item id
    option   TEXT,                 -- option id
    member   TEXT,                 -- member id
    stance   TEXT,                 -- stance id (position; NULL clears it)
    text     TEXT,                 -- statement, or the words of an outcome or action
    present  INTEGER,              -- attendance: 1 present, 0 absent
    owner    TEXT,                 -- action owner
    due      TEXT,                 -- action due date, YYYY-MM-DD
    seconds  INTEGER,              -- time spoken (spoke)
    target   INTEGER,              -- seq undone or redone
    hash     TEXT NOT NULL         -- hex SHA-256 chaining this row to the one before
);

CREATE TRIGGER agenda_no_update BEFORE UPDATE ON agenda
BEGIN SELECT RAISE(ABORT, 'the agenda copy of a talanoa session never changes'); END;
CREATE TRIGGER agenda_no_delete BEFORE DELETE ON agenda
BEGIN SELECT RAISE(ABORT, 'the agenda copy of a talanoa session never changes'); END;
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
BEGIN SELECT RAISE(ABORT, 'the talanoa log is append-only'); END;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'the talanoa log is append-only'); END;
