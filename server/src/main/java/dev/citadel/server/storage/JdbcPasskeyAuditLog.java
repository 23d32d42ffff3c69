package dev.citadel.server.storage;

import dev.citadel.server.passkeys.AuditEvent;
import dev.citadel.server.passkeys.AuditEventType;
import dev.citadel.server.passkeys.UserHandle;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The passkey audit log on the {@code passkey_audit} table: append-only (no update or delete here).
 *
 * <ul>
 *   <li>Null-handling: every argument is required.</li>
 *   <li>Ordering: ids increase in insertion order; {@link #forUser} returns the newest first.</li>
 * </ul>
 */
public final class JdbcPasskeyAuditLog {

    /** Most events {@link #forUser} returns. */
    public static final int MAX_EVENTS_LISTED = 200;

    private final Database database;

    public JdbcPasskeyAuditLog(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Appends {@code event} (its id is ignored and assigned). */
    public void append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO passkey_audit (at, event, user_handle, "
                    + "client_address, detail) VALUES (?, ?, ?, ?, ?)")) {
                EpochMillisColumns.set(insert, 1, event.at());
                insert.setString(2, event.type().wireName());
                if (event.user().isPresent()) {
                    insert.setBytes(3, event.user().get().bytes());
                } else {
                    insert.setNull(3, Types.BINARY);
                }
                insert.setString(4, event.clientAddress());
                insert.setString(5, event.detail());
                return insert.executeUpdate();
            }
        });
    }

    /** The newest events of {@code user}, at most {@code limit} (capped at {@link #MAX_EVENTS_LISTED}). */
    public List<AuditEvent> forUser(UserHandle user, int limit) {
        Objects.requireNonNull(user, "user");
        int bounded = Math.max(0, Math.min(limit, MAX_EVENTS_LISTED));
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, at, event, client_address, detail "
                    + "FROM passkey_audit WHERE user_handle = ? ORDER BY id DESC LIMIT ?")) {
                select.setBytes(1, user.bytes());
                select.setInt(2, bounded);
                List<AuditEvent> out = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        out.add(new AuditEvent(row.getLong("id"), EpochMillisColumns.get(row, "at"),
                                AuditEventType.fromWireName(row.getString("event")), Optional.of(user),
                                row.getString("client_address"), row.getString("detail")));
                    }
                }
                return out;
            }
        });
    }

    /** Every event without an account (failed sign-ins with unknown credentials), newest first, bounded. */
    public List<AuditEvent> withoutUser(int limit) {
        int bounded = Math.max(0, Math.min(limit, MAX_EVENTS_LISTED));
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, at, event, client_address, detail "
                    + "FROM passkey_audit WHERE user_handle IS NULL ORDER BY id DESC LIMIT ?")) {
                select.setInt(1, bounded);
                List<AuditEvent> out = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        out.add(new AuditEvent(row.getLong("id"), EpochMillisColumns.get(row, "at"),
                                AuditEventType.fromWireName(row.getString("event")), Optional.empty(),
                                row.getString("client_address"), row.getString("detail")));
                    }
                }
                return out;
            }
        });
    }
}
