package dev.citadel.server.storage;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AuthenticatorAttachment;
import dev.citadel.passkeys.local.StepUpEvidence;
import dev.citadel.server.passkeys.Session;
import dev.citadel.server.passkeys.UserHandle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-in sessions on the {@code passkey_session} table, keyed by the SHA-256 of the session id.
 *
 * <ul>
 *   <li>Null-handling: every argument is required; an unknown or expired session is {@link Optional#empty()}.</li>
 *   <li>Atomicity: {@link #touch} checks both expiries and moves {@code last_seen_at} in one conditional
 *       {@code UPDATE}; a session past either expiry is deleted in the same transaction, so it never comes
 *       back. {@link #delete} is one statement.</li>
 *   <li>Representation: only hashes of the session id and of its CSRF token are stored, so a copy of the
 *       table does not hand out usable sessions.</li>
 * </ul>
 */
public final class JdbcPasskeySessionStore {

    private static final String COLUMNS = "session_hash, user_handle, csrf_hash, restricted, created_at, last_seen_at, "
            + "expires_at, step_up_at, step_up_credential_id, step_up_uv, step_up_attachment, step_up_credential_set";

    private final Database database;

    public JdbcPasskeySessionStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores a new session. A duplicate hash (a 256-bit collision) is a {@code CONSTRAINT} failure. */
    public void insert(Session session) {
        Objects.requireNonNull(session, "session");
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO passkey_session (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, session.idHash());
                insert.setBytes(2, session.user().bytes());
                insert.setString(3, session.csrfHash());
                insert.setInt(4, session.restricted() ? 1 : 0);
                EpochMillisColumns.set(insert, 5, session.createdAt());
                EpochMillisColumns.set(insert, 6, session.lastSeenAt());
                EpochMillisColumns.set(insert, 7, session.expiresAt());
                setStepUp(insert, 8, session.stepUp());
                return insert.executeUpdate();
            }
        });
    }

    /**
     * The session with {@code idHash} if it is neither idle for {@code idleTimeout} nor past its absolute
     * expiry at {@code now}; its {@code last_seen_at} becomes {@code now}. An expired session is deleted.
     */
    public Optional<Session> touch(String idHash, Instant now, Duration idleTimeout) {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        return database.inTransaction(connection -> {
            int updated;
            try (PreparedStatement update = connection.prepareStatement("UPDATE passkey_session SET last_seen_at = ? "
                    + "WHERE session_hash = ? AND expires_at > ? AND last_seen_at > ?")) {
                EpochMillisColumns.set(update, 1, now);
                update.setString(2, idHash);
                EpochMillisColumns.set(update, 3, now);
                EpochMillisColumns.set(update, 4, now.minus(idleTimeout));
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                delete(connection, idHash);
                return Optional.<Session>empty();
            }
            return select(connection, idHash);
        });
    }

    /** The stored session, without checking or moving its expiry (for tests and diagnostics). */
    public Optional<Session> find(String idHash) {
        Objects.requireNonNull(idHash, "idHash");
        return database.inTransaction(connection -> select(connection, idHash));
    }

    /** Deletes the session; {@code true} if it existed. */
    public boolean delete(String idHash) {
        Objects.requireNonNull(idHash, "idHash");
        return database.inTransaction(connection -> delete(connection, idHash));
    }

    /** Records a step-up in the session (replacing the previous one); {@code false} if the session is gone. */
    public boolean recordStepUp(String idHash, Session.StepUpState stepUp) {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(stepUp, "stepUp");
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE passkey_session SET step_up_at = ?, "
                    + "step_up_credential_id = ?, step_up_uv = ?, step_up_attachment = ?, step_up_credential_set = ? "
                    + "WHERE session_hash = ?")) {
                setStepUp(update, 1, Optional.of(stepUp));
                update.setString(6, idHash);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Deletes every session of {@code user}; returns how many. */
    public int deleteAll(UserHandle user) {
        Objects.requireNonNull(user, "user");
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM passkey_session WHERE user_handle = ?")) {
                delete.setBytes(1, user.bytes());
                return delete.executeUpdate();
            }
        });
    }

    /** Deletes every session past its absolute expiry or idle for {@code idleTimeout} at {@code now}. */
    public int purgeExpired(Instant now, Duration idleTimeout) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM passkey_session WHERE expires_at <= ? OR last_seen_at <= ?")) {
                EpochMillisColumns.set(delete, 1, now);
                EpochMillisColumns.set(delete, 2, now.minus(idleTimeout));
                return delete.executeUpdate();
            }
        });
    }

    /** Binds the five step-up columns from {@code index} on. */
    private static void setStepUp(PreparedStatement statement, int index, Optional<Session.StepUpState> stepUp) throws SQLException {
        if (stepUp.isEmpty()) {
            statement.setNull(index, Types.BIGINT);
            statement.setNull(index + 1, Types.BINARY);
            statement.setNull(index + 2, Types.BIGINT);
            statement.setNull(index + 3, Types.VARCHAR);
            statement.setNull(index + 4, Types.BINARY);
            return;
        }
        StepUpEvidence evidence = stepUp.get().evidence();
        EpochMillisColumns.set(statement, index, evidence.verifiedAt());
        if (evidence.credentialId().isPresent()) {
            statement.setBytes(index + 1, evidence.credentialId().get().toByteArray());
        } else {
            statement.setNull(index + 1, Types.BINARY);
        }
        statement.setInt(index + 2, evidence.userVerified() ? 1 : 0);
        if (evidence.authenticatorAttachment().isPresent()) {
            statement.setString(index + 3, evidence.authenticatorAttachment().get().value());
        } else {
            statement.setNull(index + 3, Types.VARCHAR);
        }
        statement.setBytes(index + 4, stepUp.get().credentialSet().toByteArray());
    }

    private static Optional<Session.StepUpState> readStepUp(ResultSet row, UserHandle user) throws SQLException {
        Optional<Instant> at = EpochMillisColumns.getOptional(row, "step_up_at");
        byte[] set = row.getBytes("step_up_credential_set");
        if (at.isEmpty() || set == null) {
            return Optional.empty();
        }
        byte[] credential = row.getBytes("step_up_credential_id");
        String attachment = row.getString("step_up_attachment");
        StepUpEvidence evidence = new StepUpEvidence(Bytes.of(user.bytes()), Optional.ofNullable(credential).map(Bytes::of), at.get(),
                row.getInt("step_up_uv") == 1, Optional.ofNullable(attachment).flatMap(AuthenticatorAttachment::of));
        return Optional.of(new Session.StepUpState(evidence, Bytes.of(set)));
    }

    private static boolean delete(Connection connection, String idHash) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM passkey_session WHERE session_hash = ?")) {
            delete.setString(1, idHash);
            return delete.executeUpdate() == 1;
        }
    }

    private static Optional<Session> select(Connection connection, String idHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM passkey_session WHERE session_hash = ?")) {
            select.setString(1, idHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                UserHandle user = UserHandle.of(row.getBytes("user_handle"));
                Optional<Session.StepUpState> stepUp = readStepUp(row, user);
                return Optional.of(new Session(row.getString("session_hash"), user,
                        row.getString("csrf_hash"), row.getInt("restricted") == 1, EpochMillisColumns.get(row, "created_at"),
                        EpochMillisColumns.get(row, "last_seen_at"), EpochMillisColumns.get(row, "expires_at"), stepUp));
            }
        }
    }
}
