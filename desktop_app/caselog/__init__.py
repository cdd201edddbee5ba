"""SQLite case log: schema, migrations, queries, audit trail (sqlite-utils)."""
