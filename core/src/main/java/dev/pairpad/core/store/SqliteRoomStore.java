package dev.pairpad.core.store;

import dev.pairpad.api.protocol.DocumentKind;
import dev.pairpad.api.protocol.OperationJson;
import dev.pairpad.api.protocol.RoomState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link RoomStore} in one SQLite file ({@code pairpad.db}) in WAL mode; {@link JournalSync} says whether each
 * commit is fsynced ({@code synchronous=FULL}, the default) or only at checkpoints ({@code synchronous=NORMAL}).
 *
 * <p>One connection serialises all access; {@link #write} is one transaction, so a batch of ops from many
 * rooms costs one commit (group commit).
 */
public final class SqliteRoomStore implements RoomStore {

    /** The file name inside the data directory. */
    public static final String FILE_NAME = "pairpad.db";

    private final Connection connection;
    private final Path file;
    private Hot hot;

    private SqliteRoomStore(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating when needed) the store in {@code dataDirectory}, fsyncing every commit. */
    public static SqliteRoomStore open(Path dataDirectory) {
        return open(dataDirectory, JournalSync.FULL);
    }

    /** Opens (creating when needed) the store in {@code dataDirectory} with commits as durable as {@code sync}. */
    public static SqliteRoomStore open(Path dataDirectory, JournalSync sync) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDirectory, e);
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                // One server owns the file: exclusive locking keeps the WAL index in process memory, so a commit
                // takes no file locks (and a second server on the same directory is refused, not interleaved).
                s.execute("PRAGMA locking_mode=EXCLUSIVE");
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=" + sync.pragma());
                s.execute("PRAGMA busy_timeout=5000");
                SqliteSchema.create(s);
            }
            connection.setAutoCommit(true);
            return new SqliteRoomStore(connection, file);
        } catch (SQLException e) {
            throw new StoreException("cannot open SQLite store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The value of SQLite pragma {@code name} on this store's connection (for tests and diagnostics). */
    synchronized String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        return query("PRAGMA " + name, List.of(), rs -> rs.getString(1)).getFirst();
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void createRoom(RoomRecord room, String starterCode) {
        transaction(() -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO rooms(id,title,language,state,candidate_key_hash,interviewer_key_hash,created_at,"
                            + "updated_at,expires_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                bindRoom(s, room);
                s.executeUpdate();
            }
            insertSnapshot(new Snapshot(room.id(), DocumentKind.CODE, 0, starterCode));
            insertSnapshot(new Snapshot(room.id(), DocumentKind.NOTES, 0, ""));
        });
    }

    @Override
    public synchronized Optional<RoomRecord> findRoom(String id) {
        return query("SELECT * FROM rooms WHERE id=?", List.of(id), SqliteRoomStore::room).stream().findFirst();
    }

    @Override
    public synchronized List<RoomRecord> rooms() {
        return query("SELECT * FROM rooms ORDER BY created_at, id", List.of(), SqliteRoomStore::room);
    }

    @Override
    public synchronized void updateRoom(RoomRecord room) {
        update("UPDATE rooms SET title=?,language=?,state=?,updated_at=? WHERE id=?",
                List.of(room.title(), room.language(), room.state().wire(), room.updatedAt().toEpochMilli(),
                        room.id()));
    }

    @Override
    public synchronized void deleteRoom(String id) {
        transaction(() -> {
            for (String table : List.of("journal", "snapshots", "runs")) {
                update("DELETE FROM " + table + " WHERE room_id=?", List.of(id));
            }
            update("DELETE FROM rooms WHERE id=?", List.of(id));
        });
    }

    @Override
    public synchronized void write(List<StoreWrite> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            Hot hot = hot();
            hot.begin.executeUpdate();
            try {
                for (StoreWrite write : batch) {
                    switch (write) {
                        case StoreWrite.Append a -> append(hot.append, a.entry());
                        case StoreWrite.Snap s -> insertSnapshot(s.snapshot());
                        case StoreWrite.Run r -> upsertRun(r.run());
                    }
                }
                hot.commit.executeUpdate();
            } catch (SQLException | RuntimeException e) {
                rollBack(hot, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("SQLite transaction failed on " + file + ": " + e.getMessage(), e);
        }
    }

    /** The statements of the journal's hot path, prepared once (they live as long as the connection). */
    private record Hot(PreparedStatement begin, PreparedStatement append, PreparedStatement commit,
                       PreparedStatement rollback) {
    }

    private Hot hot() throws SQLException {
        if (hot == null) {
            hot = new Hot(connection.prepareStatement("BEGIN"), connection.prepareStatement(
                    "INSERT INTO journal(room_id,doc,rev,client_id,name,seq,op,time) VALUES (?,?,?,?,?,?,?,?)"),
                    connection.prepareStatement("COMMIT"), connection.prepareStatement("ROLLBACK"));
        }
        return hot;
    }

    private static void append(PreparedStatement append, JournalEntry e) throws SQLException {
        append.setString(1, e.roomId());
        append.setString(2, e.doc().wire());
        append.setInt(3, e.rev());
        append.setString(4, e.clientId());
        append.setString(5, e.name());
        append.setLong(6, e.seq());
        append.setString(7, OperationJson.encode(e.op()));
        append.setLong(8, e.time().toEpochMilli());
        append.executeUpdate();
    }

    private static void rollBack(Hot hot, Exception cause) {
        try {
            hot.rollback.executeUpdate();
        } catch (SQLException e) { // no transaction left to roll back (SQLite rolled back itself)
            cause.addSuppressed(e);
        }
    }

    @Override
    public synchronized Optional<Snapshot> snapshotAtOrBefore(String roomId, DocumentKind doc, int rev) {
        return query("SELECT rev,text FROM snapshots WHERE room_id=? AND doc=? AND rev<=? ORDER BY rev DESC LIMIT 1",
                List.of(roomId, doc.wire(), rev), rs -> new Snapshot(roomId, doc, rs.getInt(1), rs.getString(2)))
                .stream().findFirst();
    }

    @Override
    public synchronized List<JournalEntry> journal(String roomId, DocumentKind doc, int afterRev) {
        return query("SELECT rev,client_id,name,seq,op,time FROM journal WHERE room_id=? AND doc=? AND rev>? "
                + "ORDER BY rev", List.of(roomId, doc.wire(), afterRev), rs -> new JournalEntry(roomId, doc,
                rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), OperationJson.decode(rs.getString(5)),
                Instant.ofEpochMilli(rs.getLong(6))));
    }

    @Override
    public synchronized List<RunRecord> runs(String roomId) {
        return query("SELECT run_id,client_id,name,started_at,output,truncated,status,ms FROM runs WHERE room_id=? "
                + "ORDER BY started_at, run_id", List.of(roomId), rs -> new RunRecord(roomId, rs.getString(1),
                rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5),
                rs.getInt(6) != 0, Optional.ofNullable(rs.getString(7)),
                rs.getObject(8) == null ? Optional.empty() : Optional.of(rs.getLong(8))));
    }

    @Override
    public synchronized boolean healthy() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM rooms")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close SQLite store " + file + ": " + e.getMessage(), e);
        }
    }

    private void insertSnapshot(Snapshot snapshot) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT OR REPLACE INTO snapshots(room_id,doc,rev,text) VALUES (?,?,?,?)")) {
            s.setString(1, snapshot.roomId());
            s.setString(2, snapshot.doc().wire());
            s.setInt(3, snapshot.rev());
            s.setString(4, snapshot.text());
            s.executeUpdate();
        }
    }

    private void upsertRun(RunRecord run) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT OR REPLACE INTO runs(room_id,run_id,client_id,"
                + "name,started_at,output,truncated,status,ms) VALUES (?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, run.roomId());
            s.setString(2, run.runId());
            s.setString(3, run.clientId());
            s.setString(4, run.name());
            s.setLong(5, run.startedAt().toEpochMilli());
            s.setString(6, run.output());
            s.setInt(7, run.truncated() ? 1 : 0);
            s.setString(8, run.status().orElse(null));
            s.setObject(9, run.ms().orElse(null));
            s.executeUpdate();
        }
    }

    private static void bindRoom(PreparedStatement s, RoomRecord room) throws SQLException {
        s.setString(1, room.id());
        s.setString(2, room.title());
        s.setString(3, room.language());
        s.setString(4, room.state().wire());
        s.setString(5, room.candidateKeyHash());
        s.setString(6, room.interviewerKeyHash());
        s.setLong(7, room.createdAt().toEpochMilli());
        s.setLong(8, room.updatedAt().toEpochMilli());
        s.setLong(9, room.expiresAt().toEpochMilli());
    }

    private static RoomRecord room(ResultSet rs) throws SQLException {
        return new RoomRecord(rs.getString("id"), rs.getString("title"), rs.getString("language"),
                RoomState.fromWire(rs.getString("state")), rs.getString("candidate_key_hash"),
                rs.getString("interviewer_key_hash"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")), Instant.ofEpochMilli(rs.getLong("expires_at")));
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private void transaction(SqlWork work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("SQLite transaction failed on " + file + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql, List<Object> parameters) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, parameters);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("SQLite update failed on " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("SQLite query failed on " + file + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
    }
}
