"""Reports out of Riwaya: what an exported comparison holds (`content`), and the files it is
written as — an HTML page (`webpage`), CSV and XLSX tables of figures (`tables`); the JSON is
`compare.report`'s. The PDF is drawn by Qt from the same HTML, in `ui.pdf_export`.
"""
