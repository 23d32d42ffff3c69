package dev.citadel.server.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key the server knows. Canonical names are dotted ({@code database.url}); in a file
 * they may be nested tables; as environment variables they are {@code CITADEL_} + upper case with
 * {@code _} for {@code .} and {@code -} ({@code CITADEL_DATABASE_URL}), with one exception:
 * {@link #KEYS_MASTER_KEY} is {@code CITADEL_MASTER_KEY}.
 */
public enum ConfigKey {
    HOST("host", "127.0.0.1", "interface to listen on"),
    PORT("port", "8080", "TCP port (0 picks a free port)"),
    DATA_DIR("data-dir", "./data", "directory for the embedded database and other state"),
    DATABASE_URL("database.url", null, "JDBC URL; empty = embedded SQLite in the data directory"),
    DATABASE_USER("database.user", null, "database user (PostgreSQL)"),
    DATABASE_PASSWORD("database.password", null, "database password (PostgreSQL); never logged",
            "CITADEL_DATABASE_PASSWORD", true),
    DATABASE_POOL_SIZE("database.pool-size", "10", "maximum database connections (1..100)"),
    TLS_CERTIFICATE("tls.certificate", null, "PEM certificate chain, leaf first; enables HTTPS with tls.private-key"),
    TLS_PRIVATE_KEY("tls.private-key", null, "PEM PKCS#8 private key of the certificate"),
    SHUTDOWN_GRACE_PERIOD("shutdown.grace-period", "10", "seconds in-flight requests get to finish on SIGTERM (0..300)"),
    ACCESS_LOG("access-log.enabled", "true", "one JSON line per request on standard output"),
    KEYS_MASTER_KEY_FILE("keys.master-key-file", null,
            "file holding the 32-byte master key (raw or base64) that wraps the server's keys"),
    KEYS_MASTER_KEY("keys.master-key", null, "base64 of the 32-byte master key; never logged", "CITADEL_MASTER_KEY", true),
    PASSWORDS_CHANGE_PASSWORD_URL("passwords.change-password-url", null,
            "where /.well-known/change-password redirects: an https URL or a path on this server; unset = 404"),
    PASSWORDS_BREACH_CHECK("passwords.breach-check", "off",
            "breached-password check in POST /passwords/check: off, online (range queries) or offline (prefix files)"),
    PASSWORDS_BREACH_RANGE_URL("passwords.breach-range-url", "https://api.pwnedpasswords.com",
            "range-query service for online breach checks (GET {url}/range/{prefix})"),
    PASSWORDS_BREACH_PREFIX_DIR("passwords.breach-prefix-dir", null,
            "directory of XXXXX.txt range files for offline breach checks"),
    APPATTEST_APP_ID("appattest.app-id", null,
            "App ID (TEAMID.bundle.id) whose App Attest keys the server registers; unset = App Attest off"),
    APPATTEST_ENVIRONMENT("appattest.environment", "production", "App Attest environment of the app: production or development"),
    APPATTEST_ROOT_FILE("appattest.root-file", null,
            "Apple App Attestation Root CA (PEM or DER), accepted only with its pinned SHA-256; required with appattest.app-id"),
    APPATTEST_RECEIPT_ROOT_FILE("appattest.receipt-root-file", null,
            "Apple Root CA - G3 (PEM or DER), accepted only with its pinned SHA-256; required with appattest.app-id"),
    APPATTEST_REQUEST_BINDING("appattest.request-binding", "request",
            "what an App Attest assertion must sign: request (challenge, method, path and body) or challenge (client data containing a challenge)"),
    PASSKEYS_RP_ID("passkeys.rp-id", "localhost", "WebAuthn relying party id: the registrable domain passkeys are bound to"),
    PASSKEYS_RP_NAME("passkeys.rp-name", "Citadel", "relying party name authenticators show"),
    PASSKEYS_ORIGINS("passkeys.origins", null,
            "comma-separated origins accepted in clientDataJSON and the Origin header; empty = http://<rp-id>:<port>"),
    PASSKEYS_MDS("passkeys.mds", null, "FIDO MDS3 BLOB file: authenticator names, icons and statuses by AAGUID"),
    PASSKEYS_ATTESTATION_ROOTS("passkeys.attestation-roots", null, "directory of attestation trust anchors (PEM or DER)"),
    PASSKEYS_SESSION_IDLE_TIMEOUT("passkeys.session.idle-timeout", "1800", "seconds an unused sign-in session lives (60..86400)"),
    PASSKEYS_SESSION_ABSOLUTE_TIMEOUT("passkeys.session.absolute-timeout", "43200",
            "seconds any sign-in session lives after sign-in (60..2592000, at least the idle timeout)"),
    PASSKEYS_STEP_UP_POLICY("passkeys.step-up.policy", "deviceOwnerAuthenticationWithBiometrics",
            "policy POST /account/protected-action requires: deviceOwnerAuthenticationWithBiometrics or deviceOwnerAuthentication"),
    PASSKEYS_STEP_UP_REUSE("passkeys.step-up.reuse-duration", "300", "seconds a satisfied step-up counts (1..300)"),
    PASSKEYS_STEP_UP_BINDING("passkeys.step-up.binding", "current-set",
            "current-set: a passkey added or removed since the step-up voids it (biometryCurrentSet); any: it does not (biometryAny)"),
    PASSKEYS_RATE_LIMIT_BURST("passkeys.rate-limit.burst", String.valueOf(dev.citadel.server.passkeys.RateLimiter.BURST),
            "ceremony, recovery and step-up calls one client address may make at once (1..100000)"),
    PASSKEYS_RATE_LIMIT_PER_MINUTE("passkeys.rate-limit.per-minute", String.valueOf(dev.citadel.server.passkeys.RateLimiter.REFILL_PER_MINUTE),
            "such calls one client address regains per minute (1..100000)");

    private final String key;
    private final String defaultValue;
    private final String description;
    private final String environmentVariable;
    private final boolean secret;

    ConfigKey(String key, String defaultValue, String description) {
        this(key, defaultValue, description,
                "CITADEL_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), false);
    }

    ConfigKey(String key, String defaultValue, String description, String environmentVariable, boolean secret) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.environmentVariable = environmentVariable;
        this.secret = secret;
    }

    public String key() {
        return key;
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public String description() {
        return description;
    }

    /**
     * The environment variable that sets this key: {@code CITADEL_} + the key in upper case, except where a
     * shorter conventional name is fixed ({@code keys.master-key} is {@code CITADEL_MASTER_KEY}).
     */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** Whether the value is a secret: never logged, never echoed in an error message. */
    public boolean secret() {
        return secret;
    }

    public static Optional<ConfigKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static Optional<ConfigKey> byEnvironmentVariable(String name) {
        return Arrays.stream(values()).filter(k -> k.environmentVariable().equals(name)).findFirst();
    }
}
