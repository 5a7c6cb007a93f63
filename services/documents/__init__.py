"""Reading files into documents: encodings, saved web pages, Word files, page furniture,
metadata (title, outlet, date) and the import of files and folders with a reason for each refusal.

May import: services.models, services.text. Must not import services.compare or
services.library, nor Qt, ui or app.
"""
