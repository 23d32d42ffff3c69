package dev.citadel.server.storage;

import dev.citadel.server.admin.ApiToken;
import dev.citadel.server.admin.ApiTokenStore;
import dev.citadel.server.admin.Scope;
import dev.citadel.server.admin.SecretHash;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link ApiTokenStore} on the {@code api_token} table, identical on SQLite and PostgreSQL.
 *
 * <ul>
 *   <li>Null-handling: every argument is required ({@link NullPointerException} otherwise); results are
 *       never null.</li>
 *   <li>Atomicity: each method is one statement in one transaction. {@link #revoke} is a conditional
 *       update ({@code … WHERE revoked_at IS NULL}), so of two concurrent revocations exactly one returns
 *       true. {@link #touch} only moves {@code last_used_at} forward.</li>
 *   <li>Concurrency: thread-safe; holds no state but the {@link Database}.</li>
 *   <li>Representation: scopes are their sorted wire names separated by one space; a wire name this build
 *       does not know is dropped when read (a token never gains rights it cannot name). Instants have
 *       millisecond precision (see {@link EpochMillisColumns}).</li>
 *   <li>Failures: a duplicate id gives {@code StorageException(CONSTRAINT)}; other failures
 *       {@code StorageException} with the reason {@link Database} reports.</li>
 * </ul>
 */
public final class JdbcApiTokenStore implements ApiTokenStore {

    private static final String COLUMNS = "id, name, scopes, secret_hash, created_at, last_used_at, revoked_at";
    private static final String SCOPE_SEPARATOR = " ";

    private final Database database;

    public JdbcApiTokenStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void insert(ApiToken token, SecretHash secretHash) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secretHash, "secretHash");
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO api_token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, token.id());
                insert.setString(2, token.name());
                insert.setString(3, encodeScopes(token.scopes()));
                insert.setBytes(4, secretHash.bytes());
                EpochMillisColumns.set(insert, 5, token.createdAt());
                EpochMillisColumns.set(insert, 6, token.lastUsedAt());
                EpochMillisColumns.set(insert, 7, token.revokedAt());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<StoredToken> find(String id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM api_token WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new StoredToken(token(row), new SecretHash(row.getBytes("secret_hash"))))
                            : Optional.<StoredToken>empty();
                }
            }
        });
    }

    @Override
    public List<ApiToken> list() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM api_token ORDER BY created_at DESC, id DESC");
                    ResultSet rows = select.executeQuery()) {
                List<ApiToken> tokens = new ArrayList<>();
                while (rows.next()) {
                    tokens.add(token(rows));
                }
                return List.copyOf(tokens);
            }
        });
    }

    @Override
    public boolean revoke(String id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                EpochMillisColumns.set(update, 1, at);
                update.setString(2, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void touch(String id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE api_token SET last_used_at = ? "
                    + "WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")) {
                EpochMillisColumns.set(update, 1, at);
                update.setString(2, id);
                EpochMillisColumns.set(update, 3, at);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public boolean any() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM api_token LIMIT 1");
                    ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        });
    }

    private static ApiToken token(ResultSet row) throws SQLException {
        return new ApiToken(row.getString("id"), row.getString("name"), decodeScopes(row.getString("scopes")),
                EpochMillisColumns.get(row, "created_at"), EpochMillisColumns.getOptional(row, "last_used_at"),
                EpochMillisColumns.getOptional(row, "revoked_at"));
    }

    static String encodeScopes(Set<Scope> scopes) {
        return scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(SCOPE_SEPARATOR));
    }

    static Set<Scope> decodeScopes(String column) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(column.split(SCOPE_SEPARATOR)).filter(s -> !s.isEmpty())
                .forEach(name -> Scope.fromWireName(name).ifPresent(scopes::add));
        return scopes;
    }
}
