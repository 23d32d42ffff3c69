package dev.citadel.server.storage;

import dev.citadel.server.storage.StorageException.Reason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Key/value metadata about this server instance (its id, when it was created, one-time markers), in the
 * {@code server_instance} table. Values are written once and never changed or deleted.
 *
 * <ul>
 *   <li>Null-handling: keys, suppliers and supplied values are required ({@link NullPointerException}
 *       otherwise); results are never null. A key is 1..{@value #MAX_KEY_LENGTH} characters
 *       ({@link IllegalArgumentException} otherwise).</li>
 *   <li>Atomicity: {@link #getOrCreate} is first-writer-wins. However many callers race on one key, on one
 *       server or on replicas sharing PostgreSQL, exactly one value is stored and every caller gets that
 *       value back. The supplier may run in a caller that loses, so it must have no side effects that matter.</li>
 *   <li>Concurrency: thread-safe; holds no state but the {@link Database}.</li>
 * </ul>
 */
public final class InstanceMetadataStore {

    /** Keys are identifiers the server chooses; the bound keeps a mistaken value-as-key visible. */
    public static final int MAX_KEY_LENGTH = 128;

    private final Database database;

    public InstanceMetadataStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The value stored under {@code key}, if any. */
    public Optional<String> get(String key) {
        checkKey(key);
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT value FROM server_instance WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * The value stored under {@code key}; if there is none, stores {@code value.get()} unless another caller
     * stored one first, and returns whichever value won.
     */
    public String getOrCreate(String key, Supplier<String> value) {
        Objects.requireNonNull(value, "value");
        Optional<String> existing = get(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        // Computed outside the transaction: on SQLite the transaction holds the write lock.
        String candidate = Objects.requireNonNull(value.get(), "value supplied for " + key);
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO server_instance (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
                insert.setString(1, key);
                insert.setString(2, candidate);
                insert.executeUpdate();
            }
            // Under READ COMMITTED this statement sees the winner's committed row even if we lost the race.
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT value FROM server_instance WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new StorageException(Reason.QUERY_FAILED, "metadata " + key + " vanished", null);
                    }
                    return row.getString(1);
                }
            }
        });
    }

    /** Every entry, ordered by key ({@link String#compareTo}, the same on both engines); unmodifiable. */
    public Map<String, String> all() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM server_instance");
                    ResultSet rows = select.executeQuery()) {
                SortedMap<String, String> entries = new TreeMap<>();
                while (rows.next()) {
                    entries.put(rows.getString(1), rows.getString(2));
                }
                return Collections.unmodifiableSortedMap(entries);
            }
        });
    }

    private static void checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("metadata key must be 1.." + MAX_KEY_LENGTH + " characters");
        }
    }
}
