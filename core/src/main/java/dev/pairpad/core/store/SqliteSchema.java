package dev.pairpad.core.store;

import java.sql.SQLException;
import java.sql.Statement;

/** The SQLite tables; created when missing, so opening an existing file keeps its data. */
final class SqliteSchema {

    private SqliteSchema() {
    }

    static void create(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS rooms(id TEXT PRIMARY KEY, title TEXT NOT NULL, language TEXT NOT NULL,"
                + " state TEXT NOT NULL, candidate_key_hash TEXT NOT NULL, interviewer_key_hash TEXT NOT NULL,"
                + " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS journal(room_id TEXT NOT NULL, doc TEXT NOT NULL, rev INTEGER NOT NULL,"
                + " client_id TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL, op TEXT NOT NULL,"
                + " time INTEGER NOT NULL, PRIMARY KEY(room_id, doc, rev)) WITHOUT ROWID");
        // Nothing reads the journal by client (deduplication is rebuilt in memory on load); the index only
        // cost a page write per commit. Files made before keep working without it.
        s.execute("DROP INDEX IF EXISTS journal_by_client");
        s.execute("CREATE TABLE IF NOT EXISTS snapshots(room_id TEXT NOT NULL, doc TEXT NOT NULL,"
                + " rev INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY(room_id, doc, rev)) WITHOUT ROWID");
        s.execute("CREATE TABLE IF NOT EXISTS runs(room_id TEXT NOT NULL, run_id TEXT NOT NULL,"
                + " client_id TEXT NOT NULL, name TEXT NOT NULL, started_at INTEGER NOT NULL, output TEXT NOT NULL,"
                + " truncated INTEGER NOT NULL, status TEXT, ms INTEGER, PRIMARY KEY(room_id, run_id, client_id))");
    }
}
