"""The archive: articles stored once each in SQLite (WAL), searchable with Russian morphology, exportable."""
