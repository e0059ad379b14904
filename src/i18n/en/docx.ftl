# The Word export (docx): the footer of every page.

# Word fills in the numbers: "Page 3 of 7".
docx-page-of = Page { $page } of { $pages }
