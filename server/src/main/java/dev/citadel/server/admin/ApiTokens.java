package dev.citadel.server.admin;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.server.storage.InstanceMetadataStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Admin API tokens: creation, authentication, revocation and the one-time bootstrap token.
 *
 * <h2>Security guarantees</h2>
 * A token is {@code citadel_<id>_<secret>}: a 64-bit public id and a 256-bit secret from the system DRBG.
 * Only SHA-256 of the secret is stored (a fast hash is enough for a 256-bit random secret: there is nothing
 * to brute-force), compared in constant time. A revoked token never authenticates again. The bootstrap
 * token is issued once per database, even with several replicas starting together.
 *
 * <h2>Does not</h2>
 * Expire tokens by itself, or rate-limit failed attempts (the secret space makes guessing futile).
 */
public final class ApiTokens {

    /** Secret length in bytes (256 bits). */
    public static final int SECRET_BYTES = 32;
    /** Longest token name accepted. */
    public static final int MAX_NAME_LENGTH = 64;
    /** Marker key that makes the bootstrap token a once-per-database event. */
    static final String BOOTSTRAP_MARKER = "admin.bootstrap-token-issued";

    private static final Pattern FORMAT = Pattern.compile("citadel_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._:@/-]{1," + MAX_NAME_LENGTH + "}");

    private final ApiTokenStore store;
    private final InstanceMetadataStore metadata;
    private final RandomSource random;
    private final Clock clock;

    public ApiTokens(ApiTokenStore store, InstanceMetadataStore metadata, RandomSource random, Clock clock) {
        this.store = store;
        this.metadata = metadata;
        this.random = random;
        this.clock = clock;
    }

    /** Creates a token. Throws {@link IllegalArgumentException} with a client-safe message on a bad name/scopes. */
    public IssuedToken create(String name, Set<Scope> scopes) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-" + MAX_NAME_LENGTH
                    + " letters, digits, spaces or . _ : @ / -");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one scope");
        }
        String id = HexFormat.of().formatHex(random.bytes(8));
        byte[] secret = random.bytes(SECRET_BYTES);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = new ApiToken(id, name, scopes, clock.instant(), Optional.empty(), Optional.empty());
        store.insert(token, new SecretHash(hash(secretText)));
        return new IssuedToken(token, "citadel_" + id + "_" + secretText);
    }

    /** Issues the bootstrap token (every scope) if no token was ever issued on this database. */
    public Optional<IssuedToken> bootstrapIfFirstStart() {
        if (store.any()) {
            return Optional.empty();
        }
        String mine = HexFormat.of().formatHex(random.bytes(16));
        if (!metadata.getOrCreate(BOOTSTRAP_MARKER, () -> mine).equals(mine)) {
            return Optional.empty(); // another replica won the race
        }
        return Optional.of(create("bootstrap", EnumSet.allOf(Scope.class)));
    }

    /**
     * Authenticates an {@code Authorization} header value and checks {@code required}. Returns the token;
     * throws {@link AdminAuthException} otherwise.
     */
    public ApiToken authenticate(Optional<String> authorization, Scope required) {
        String header = authorization.orElseThrow(() -> new AdminAuthException(AdminAuthException.Reason.MISSING,
                "send Authorization: Bearer <admin token>"));
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AdminAuthException(AdminAuthException.Reason.MISSING, "send Authorization: Bearer <admin token>");
        }
        var m = FORMAT.matcher(header.substring(7).strip());
        if (!m.matches()) {
            throw new AdminAuthException(AdminAuthException.Reason.MALFORMED, "not a Citadel admin token");
        }
        ApiTokenStore.StoredToken stored = store.find(m.group(1)).orElseThrow(() ->
                new AdminAuthException(AdminAuthException.Reason.UNKNOWN, "invalid token"));
        if (!stored.secretHash().matches(hash(m.group(2)))) {
            throw new AdminAuthException(AdminAuthException.Reason.WRONG_SECRET, "invalid token");
        }
        if (stored.token().revoked()) {
            throw new AdminAuthException(AdminAuthException.Reason.REVOKED, "invalid token");
        }
        if (!stored.token().scopes().contains(required)) {
            throw new AdminAuthException(AdminAuthException.Reason.INSUFFICIENT_SCOPE,
                    "this operation needs scope " + required.wireName());
        }
        store.touch(stored.token().id(), clock.instant());
        return stored.token();
    }

    public List<ApiToken> list() {
        return store.list();
    }

    /** Revokes; false if unknown or already revoked. */
    public boolean revoke(String id) {
        return store.revoke(id, clock.instant());
    }

    private static byte[] hash(String secretText) {
        return HashAlgorithm.SHA_256.digest(secretText.getBytes(StandardCharsets.US_ASCII));
    }
}
