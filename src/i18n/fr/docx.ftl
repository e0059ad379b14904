# L'export Word (docx) : le pied de chaque page.

# Word remplit les numéros : « Page 3 sur 7 ».
docx-page-of = Page { $page } sur { $pages }
