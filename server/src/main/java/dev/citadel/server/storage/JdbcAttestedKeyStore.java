package dev.citadel.server.storage;

import dev.citadel.attest.AppId;
import dev.citadel.attest.AttestedKey;
import dev.citadel.attest.AttestedKeyStore;
import dev.citadel.encoding.Bytes;
import dev.citadel.attest.Environment;
import dev.citadel.attest.KeyId;
import dev.citadel.cryptokit.P256;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AttestedKeyStore} on the {@code appattest_key} table, identical on SQLite and PostgreSQL, with each
 * key's receipt beside it.
 *
 * <ul>
 *   <li>Null-handling: every argument is required; results are never null.</li>
 *   <li>Atomicity: each method is one statement. {@link #register(AttestedKey, Bytes)} writes key,
 *       counter and receipt in one {@code INSERT … ON CONFLICT DO NOTHING}: a key is never stored without its
 *       receipt, and of concurrent registrations of one key id exactly one returns true.
 *       {@link #compareAndSetCounter} is one {@code UPDATE … WHERE key_id = ? AND counter = ?}, linearizable
 *       per key on both engines.</li>
 *   <li>Representation: the key id as base64, the public key as its 65-byte X9.63 point (validated on the
 *       curve when read), the environment as {@code development}/{@code production}, instants in epoch
 *       milliseconds.</li>
 * </ul>
 */
public final class JdbcAttestedKeyStore implements AttestedKeyStore {

    private static final String COLUMNS = "key_id, app_id, environment, public_key, counter";

    private final Database database;
    private final Clock clock;

    /** The store on {@code database}; {@code clock} stamps registrations. */
    public JdbcAttestedKeyStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores a newly attested key without a receipt (the SPI's form). */
    @Override
    public boolean register(AttestedKey key) {
        return insert(key, Optional.empty(), clock.instant());
    }

    /** Stores a newly attested key, its counter and its receipt in one statement; false if the key id is taken. */
    public boolean register(AttestedKey key, Bytes receipt) {
        return insert(key, Optional.of(Objects.requireNonNull(receipt, "receipt")), clock.instant());
    }

    private boolean insert(AttestedKey key, Optional<Bytes> receipt, Instant registeredAt) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(registeredAt, "registeredAt");
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO appattest_key (" + COLUMNS
                    + ", receipt, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key_id) DO NOTHING")) {
                insert.setString(1, key.keyId().base64());
                insert.setString(2, key.appId().value());
                insert.setString(3, key.environment().name().toLowerCase(Locale.ROOT));
                insert.setBytes(4, key.publicKey().x963Representation());
                insert.setLong(5, key.counter());
                insert.setBytes(6, receipt.map(Bytes::toByteArray).orElse(null));
                EpochMillisColumns.set(insert, 7, registeredAt);
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<AttestedKey> find(KeyId keyId) {
        Objects.requireNonNull(keyId, "keyId");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM appattest_key WHERE key_id = ?")) {
                select.setString(1, keyId.base64());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(key(row)) : Optional.<AttestedKey>empty();
                }
            }
        });
    }

    /** The receipt stored with {@code keyId}, if the key and a receipt are stored. */
    public Optional<Bytes> receipt(KeyId keyId) {
        Objects.requireNonNull(keyId, "keyId");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT receipt FROM appattest_key WHERE key_id = ?")) {
                select.setString(1, keyId.base64());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getBytes(1)).map(Bytes::of) : Optional.<Bytes>empty();
                }
            }
        });
    }

    @Override
    public boolean compareAndSetCounter(KeyId keyId, long expected, long next) {
        Objects.requireNonNull(keyId, "keyId");
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE appattest_key SET counter = ? WHERE key_id = ? AND counter = ?")) {
                update.setLong(1, next);
                update.setString(2, keyId.base64());
                update.setLong(3, expected);
                return update.executeUpdate() == 1;
            }
        });
    }

    private static AttestedKey key(ResultSet row) throws SQLException {
        return new AttestedKey(KeyId.fromBase64(row.getString("key_id")),
                P256.Signing.PublicKey.fromX963Representation(row.getBytes("public_key")), AppId.parse(row.getString("app_id")),
                Environment.valueOf(row.getString("environment").toUpperCase(Locale.ROOT)), row.getLong("counter"));
    }
}
