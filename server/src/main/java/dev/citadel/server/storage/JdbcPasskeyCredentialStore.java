package dev.citadel.server.storage;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.CredentialRecord;
import dev.citadel.passkeys.CredentialStore;
import dev.citadel.passkeys.CredentialUse;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.server.passkeys.PasskeyUser;
import dev.citadel.server.passkeys.StoredPasskey;
import dev.citadel.server.passkeys.UserHandle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The passkeys library's {@link CredentialStore} on the {@code passkey_credential} table, plus the account
 * page's operations (list, rename, revoke), identical on SQLite and PostgreSQL.
 *
 * <ul>
 *   <li>Null-handling: every argument is required; absent rows are {@link Optional#empty()} or {@code false}.</li>
 *   <li>Atomicity: {@link #create} is one {@code INSERT … ON CONFLICT DO NOTHING} and throws
 *       {@code CREDENTIAL_ALREADY_REGISTERED} when the id is taken (never overwrites); {@link #signUp} writes
 *       the account and its first passkey in one transaction (both or neither); {@link #recordUse} is one
 *       {@code UPDATE … WHERE credential_id = ? AND sign_count = ?}: of concurrent uses from one counter
 *       value exactly one applies.</li>
 *   <li>Ownership: {@link #rename} and {@link #revoke} match on the credential id <em>and</em> the owner's
 *       user handle in the same statement, so one account can never change another's passkey.</li>
 * </ul>
 */
public final class JdbcPasskeyCredentialStore implements CredentialStore {

    /** Name given to a passkey stored through the bare SPI, without a user-chosen name. */
    public static final String DEFAULT_NAME = "Passkey";

    private static final String COLUMNS = "credential_id, user_handle, public_key, sign_count, uv_initialized, "
            + "backup_eligible, backed_up, transports, aaguid, attestation_format, attestation_object, client_data_json, "
            + "name, created_at, last_used_at";

    private final Database database;
    private final Clock clock;

    public JdbcPasskeyCredentialStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<CredentialRecord> findById(Bytes credentialId) {
        return find(credentialId).map(StoredPasskey::record);
    }

    @Override
    public List<CredentialRecord> findByUser(Bytes userHandle) {
        return list(UserHandle.of(userHandle.toByteArray())).stream().map(StoredPasskey::record).toList();
    }

    @Override
    public void create(CredentialRecord record) {
        insert(new StoredPasskey(record, DEFAULT_NAME, StoredPasskey.ZERO_AAGUID, "none", clock.instant(), Optional.empty()));
    }

    @Override
    public boolean recordUse(Bytes credentialId, long expectedSignCount, CredentialUse use) {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(use, "use");
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE passkey_credential SET sign_count = ?, "
                    + "backed_up = ?, uv_initialized = ?, last_used_at = ? WHERE credential_id = ? AND sign_count = ?")) {
                update.setLong(1, use.newSignCount());
                update.setInt(2, use.backupState() ? 1 : 0);
                update.setInt(3, use.uvInitialized() ? 1 : 0);
                EpochMillisColumns.set(update, 4, use.usedAt());
                update.setBytes(5, credentialId.toByteArray());
                update.setLong(6, expectedSignCount);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Stores {@code passkey}; {@code CREDENTIAL_ALREADY_REGISTERED} when its id is taken. */
    public void insert(StoredPasskey passkey) {
        Objects.requireNonNull(passkey, "passkey");
        database.inTransaction(connection -> {
            insert(connection, passkey);
            return null;
        });
    }

    /**
     * Creates {@code user} with {@code first} as its only passkey, in one transaction. Returns {@code false},
     * storing nothing, when the username is taken; throws {@code CREDENTIAL_ALREADY_REGISTERED} (storing
     * nothing) when the credential id is.
     */
    public boolean signUp(PasskeyUser user, StoredPasskey first) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(first, "first");
        if (!Arrays.equals(user.handle().bytes(), first.record().userHandle().toByteArray())) {
            throw new IllegalArgumentException("the passkey belongs to another user handle");
        }
        return database.inTransaction(connection -> {
            if (!JdbcPasskeyUserStore.insert(connection, user)) {
                return false;
            }
            insert(connection, first); // throws, rolling the account back, when the id is taken
            return true;
        });
    }

    /** The passkey with this id, with its account-page fields. */
    public Optional<StoredPasskey> find(Bytes credentialId) {
        Objects.requireNonNull(credentialId, "credentialId");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM passkey_credential WHERE credential_id = ?")) {
                select.setBytes(1, credentialId.toByteArray());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(read(row)) : Optional.<StoredPasskey>empty();
                }
            }
        });
    }

    /** Every passkey of {@code user}, in registration order. */
    public List<StoredPasskey> list(UserHandle user) {
        Objects.requireNonNull(user, "user");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM passkey_credential WHERE user_handle = ? ORDER BY created_at, credential_id")) {
                select.setBytes(1, user.bytes());
                List<StoredPasskey> out = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        out.add(read(row));
                    }
                }
                return out;
            }
        });
    }

    /** Renames {@code owner}'s passkey {@code credentialId}; {@code false} if {@code owner} has no such passkey. */
    public boolean rename(UserHandle owner, Bytes credentialId, String name) {
        PasskeyUser.requireName("name", name);
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE passkey_credential SET name = ? WHERE credential_id = ? AND user_handle = ?")) {
                update.setString(1, name);
                update.setBytes(2, credentialId.toByteArray());
                update.setBytes(3, owner.bytes());
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Deletes {@code owner}'s passkey {@code credentialId}; {@code false} if {@code owner} has no such passkey. */
    public boolean revoke(UserHandle owner, Bytes credentialId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM passkey_credential WHERE credential_id = ? AND user_handle = ?")) {
                delete.setBytes(1, credentialId.toByteArray());
                delete.setBytes(2, owner.bytes());
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static void insert(Connection connection, StoredPasskey passkey) throws SQLException {
        CredentialRecord r = passkey.record();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO passkey_credential (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (credential_id) DO NOTHING")) {
            insert.setBytes(1, r.id().toByteArray());
            insert.setBytes(2, r.userHandle().toByteArray());
            insert.setBytes(3, r.publicKey().toByteArray());
            insert.setLong(4, r.signCount());
            insert.setInt(5, r.uvInitialized() ? 1 : 0);
            insert.setInt(6, r.backupEligible() ? 1 : 0);
            insert.setInt(7, r.backupState() ? 1 : 0);
            insert.setString(8, String.join(" ", r.transports()));
            insert.setBytes(9, passkey.aaguid().toByteArray());
            insert.setString(10, passkey.attestationFormat());
            setOptional(insert, 11, r.attestationObject());
            setOptional(insert, 12, r.attestationClientDataJson());
            insert.setString(13, passkey.name());
            EpochMillisColumns.set(insert, 14, passkey.createdAt());
            EpochMillisColumns.set(insert, 15, passkey.lastUsedAt());
            if (insert.executeUpdate() != 1) {
                throw PasskeyException.of(PasskeyException.Reason.CREDENTIAL_ALREADY_REGISTERED,
                        "credential " + r.id().base64Url() + " is already registered");
            }
        }
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<Bytes> value) throws SQLException {
        if (value.isPresent()) {
            statement.setBytes(index, value.get().toByteArray());
        } else {
            statement.setNull(index, Types.BINARY);
        }
    }

    private static Optional<Bytes> optionalBytes(ResultSet row, String column) throws SQLException {
        byte[] value = row.getBytes(column);
        return value == null ? Optional.empty() : Optional.of(Bytes.of(value));
    }

    private static StoredPasskey read(ResultSet row) throws SQLException {
        String transports = row.getString("transports");
        CredentialRecord record = new CredentialRecord(Bytes.of(row.getBytes("credential_id")), Bytes.of(row.getBytes("user_handle")),
                Bytes.of(row.getBytes("public_key")), row.getLong("sign_count"),
                transports.isEmpty() ? List.of() : List.of(transports.split(" ")), row.getInt("uv_initialized") == 1,
                row.getInt("backup_eligible") == 1, row.getInt("backed_up") == 1, optionalBytes(row, "attestation_object"),
                optionalBytes(row, "client_data_json"));
        return new StoredPasskey(record, row.getString("name"), Bytes.of(row.getBytes("aaguid")), row.getString("attestation_format"),
                EpochMillisColumns.get(row, "created_at"), EpochMillisColumns.getOptional(row, "last_used_at"));
    }
}
