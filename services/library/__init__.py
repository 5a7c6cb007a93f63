"""The article library: SQLite storage, its migrations, and ingest (documents analysed and
stored, stored analyses reused).

May import everything below it: services.models, services.text, services.compare,
services.documents. Must not import Qt, ui or app.
"""
