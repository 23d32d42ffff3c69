package dev.citadel.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link ServerConfig} from defaults, a file, the environment and flags (in increasing priority).
 * Unknown keys and bad values fail with a {@link ConfigException} naming the key and its source.
 */
public final class ConfigLoader {

    /** Environment variable naming the configuration file. */
    public static final String CONFIG_FILE_VARIABLE = "CITADEL_CONFIG";

    /**
     * {@code CITADEL_*} variables that belong to the launcher, the CLI or the test suite, not to the server;
     * every other {@code CITADEL_*} variable must be a known key.
     */
    public static final Set<String> NON_SERVER_VARIABLES = Set.of(CONFIG_FILE_VARIABLE, "CITADEL_VECTORS",
            "CITADEL_REQUIRE_VECTORS", "CITADEL_REQUIRE_TOOLS", "CITADEL_ADMIN_TOKEN", "CITADEL_URL",
            "CITADEL_JAVA_OPTS", "CITADEL_HOME", "CITADEL_JAVA");

    /** Largest configuration file read; a bigger one is a mistake, not a configuration. */
    static final long MAX_CONFIG_FILE_BYTES = 64 * 1024;

    /** Length of the server's master key (AES-256). */
    public static final int MASTER_KEY_BYTES = 32;

    private static final List<String> DEFAULT_FILES = List.of("citadel.toml", "citadel.yaml", "citadel.yml");

    private final Map<String, String> environment;
    private final Path workingDirectory;

    public ConfigLoader(Map<String, String> environment, Path workingDirectory) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
    }

    /** Loads from the process environment and current directory. */
    public static ServerConfig load(Map<String, String> flags, Optional<Path> configFile) {
        return new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath()).resolve(flags, configFile);
    }

    /**
     * @param flags      canonical key → value from the command line (highest priority)
     * @param configFile explicit file ({@code --config}); otherwise {@code CITADEL_CONFIG}, otherwise
     *                   {@code citadel.toml}/{@code citadel.yaml} in the working directory if present
     */
    public ServerConfig resolve(Map<String, String> flags, Optional<Path> configFile) {
        Map<ConfigKey, Sourced> values = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKey.values()) {
            key.defaultValue().ifPresent(v -> values.put(key, new Sourced(v, "default")));
        }
        findFile(configFile).ifPresent(file -> readFile(file).forEach((k, v) -> values.put(known(k, file.toString()),
                new Sourced(v, file.toString()))));
        environment.forEach((name, value) -> {
            if (name.startsWith("CITADEL_") && !NON_SERVER_VARIABLES.contains(name)) {
                ConfigKey key = ConfigKey.byEnvironmentVariable(name).orElseThrow(() -> new ConfigException(name,
                        "unknown environment variable " + name + " (known: see docs/configuration.md)"));
                values.put(key, new Sourced(value, "environment variable " + name));
            }
        });
        flags.forEach((k, v) -> values.put(known(k, "the command line"), new Sourced(v, "the command line")));
        return build(values);
    }

    private static ConfigKey known(String key, String source) {
        return ConfigKey.byKey(key).orElseThrow(() -> new ConfigException(key,
                "unknown configuration key '" + key + "' in " + source));
    }

    private Optional<Path> findFile(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return explicit;
        }
        String fromEnv = environment.get(CONFIG_FILE_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(Path.of(fromEnv));
        }
        List<Path> present = DEFAULT_FILES.stream().map(workingDirectory::resolve).filter(Files::isRegularFile).toList();
        if (present.size() > 1) {
            throw new ConfigException(present.get(1).toString(), "both " + present.get(0).getFileName() + " and "
                    + present.get(1).getFileName() + " exist; keep one, or name one with --config");
        }
        return present.stream().findFirst();
    }

    private static Map<String, String> readFile(Path file) {
        String name = file.getFileName().toString();
        ObjectMapper mapper = name.endsWith(".toml") ? new TomlMapper()
                : name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : null;
        if (mapper == null) {
            throw new ConfigException(file.toString(), "configuration file " + file + " must end in .toml, .yaml or .yml");
        }
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file.toString(), "configuration file " + file + " does not exist");
            }
            if (Files.size(file) > MAX_CONFIG_FILE_BYTES) {
                throw new ConfigException(file.toString(), "configuration file " + file + " is larger than "
                        + MAX_CONFIG_FILE_BYTES + " bytes");
            }
            JsonNode root = mapper.readTree(file.toFile());
            Map<String, String> out = new LinkedHashMap<>();
            if (root != null && !root.isMissingNode() && !root.isNull()) {
                if (!root.isObject()) {
                    throw new ConfigException(file.toString(), "configuration file " + file + " must hold a table of keys");
                }
                flatten("", root, out, file);
            }
            return out;
        } catch (IOException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException(file.toString(), "cannot read configuration file " + file + ": " + detail);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out, Path file) {
        for (var entry : node.properties()) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                flatten(key, value, out, file);
            } else if (value.isValueNode() && !value.isNull()) {
                out.put(key, value.asText());
            } else {
                throw new ConfigException(key, "configuration key '" + key + "' in " + file + " must be a single value");
            }
        }
    }

    private static ServerConfig build(Map<ConfigKey, Sourced> v) {
        Optional<Path> cert = optional(v, ConfigKey.TLS_CERTIFICATE).map(s -> readablePath(v, ConfigKey.TLS_CERTIFICATE));
        Optional<Path> key = optional(v, ConfigKey.TLS_PRIVATE_KEY).map(s -> readablePath(v, ConfigKey.TLS_PRIVATE_KEY));
        if (cert.isPresent() != key.isPresent()) {
            ConfigKey missing = cert.isPresent() ? ConfigKey.TLS_PRIVATE_KEY : ConfigKey.TLS_CERTIFICATE;
            throw new ConfigException(missing.key(), missing.key() + " is required when "
                    + (cert.isPresent() ? ConfigKey.TLS_CERTIFICATE : ConfigKey.TLS_PRIVATE_KEY).key() + " is set");
        }
        Optional<String> url = optional(v, ConfigKey.DATABASE_URL);
        url.ifPresent(u -> {
            if (!u.startsWith("jdbc:postgresql:") && !u.startsWith("jdbc:sqlite:")) {
                throw invalid(v, ConfigKey.DATABASE_URL, "must start with jdbc:postgresql: or jdbc:sqlite:");
            }
        });
        Optional<String> masterKey = optional(v, ConfigKey.KEYS_MASTER_KEY).map(String::strip);
        masterKey.ifPresent(m -> {
            if (decodedLength(m) != MASTER_KEY_BYTES) {
                throw invalid(v, ConfigKey.KEYS_MASTER_KEY, "must be base64 of " + MASTER_KEY_BYTES + " bytes");
            }
        });
        Optional<Path> masterKeyFile = optional(v, ConfigKey.KEYS_MASTER_KEY_FILE)
                .map(s -> readablePath(v, ConfigKey.KEYS_MASTER_KEY_FILE));
        if (masterKey.isPresent() && masterKeyFile.isPresent()) {
            throw new ConfigException(ConfigKey.KEYS_MASTER_KEY.key(), "set " + ConfigKey.KEYS_MASTER_KEY.key() + " ("
                    + ConfigKey.KEYS_MASTER_KEY.environmentVariable() + ") or " + ConfigKey.KEYS_MASTER_KEY_FILE.key()
                    + ", not both");
        }
        String host = required(v, ConfigKey.HOST);
        if (host.isBlank()) {
            throw invalid(v, ConfigKey.HOST, "must not be empty");
        }
        return new ServerConfig(host, integer(v, ConfigKey.PORT, 0, 65_535),
                Path.of(required(v, ConfigKey.DATA_DIR)).toAbsolutePath().normalize(), url,
                optional(v, ConfigKey.DATABASE_USER), optional(v, ConfigKey.DATABASE_PASSWORD),
                integer(v, ConfigKey.DATABASE_POOL_SIZE, 1, 100), cert, key,
                Duration.ofSeconds(integer(v, ConfigKey.SHUTDOWN_GRACE_PERIOD, 0, 300)),
                bool(v, ConfigKey.ACCESS_LOG), masterKeyFile, masterKey, passwords(v), appAttest(v), passkeys(v));
    }

    /** Length of the decoded base64 (standard or URL alphabet, padding optional); -1 if it is not base64. */
    private static int decodedLength(String base64) {
        try {
            byte[] decoded = (base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0 ? Base64.getUrlDecoder()
                    : Base64.getDecoder()).decode(base64);
            java.util.Arrays.fill(decoded, (byte) 0);
            return decoded.length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static PasswordsSettings passwords(Map<ConfigKey, Sourced> v) {
        Optional<String> change = optional(v, ConfigKey.PASSWORDS_CHANGE_PASSWORD_URL).map(String::strip);
        change.ifPresent(u -> {
            boolean path = u.startsWith("/") && !u.startsWith("//");
            boolean https = false;
            try {
                java.net.URI uri = new java.net.URI(u);
                https = "https".equals(uri.getScheme()) && uri.getHost() != null;
            } catch (java.net.URISyntaxException e) {
                https = false;
            }
            if (!path && !https) {
                throw invalid(v, ConfigKey.PASSWORDS_CHANGE_PASSWORD_URL, "must be an https URL or a path starting with /");
            }
        });
        PasswordsSettings.BreachCheck mode = switch (required(v, ConfigKey.PASSWORDS_BREACH_CHECK).strip()) {
            case "off" -> PasswordsSettings.BreachCheck.OFF;
            case "online" -> PasswordsSettings.BreachCheck.ONLINE;
            case "offline" -> PasswordsSettings.BreachCheck.OFFLINE;
            default -> throw invalid(v, ConfigKey.PASSWORDS_BREACH_CHECK, "must be off, online or offline");
        };
        String rangeUrl = required(v, ConfigKey.PASSWORDS_BREACH_RANGE_URL).strip();
        java.net.URI range;
        try {
            range = new java.net.URI(rangeUrl);
        } catch (java.net.URISyntaxException e) {
            throw invalid(v, ConfigKey.PASSWORDS_BREACH_RANGE_URL, "is not a URL");
        }
        if (!("https".equals(range.getScheme()) || "http".equals(range.getScheme())) || range.getHost() == null) {
            throw invalid(v, ConfigKey.PASSWORDS_BREACH_RANGE_URL, "must be an http or https URL");
        }
        Optional<Path> prefixDir = optional(v, ConfigKey.PASSWORDS_BREACH_PREFIX_DIR)
                .map(s -> Path.of(s).toAbsolutePath().normalize());
        if (mode == PasswordsSettings.BreachCheck.OFFLINE && prefixDir.filter(Files::isDirectory).isEmpty()) {
            throw invalid(v, ConfigKey.PASSWORDS_BREACH_PREFIX_DIR, "must name a directory when passwords.breach-check is offline");
        }
        return new PasswordsSettings(change, mode, range, prefixDir);
    }

    private static Optional<AppAttestSettings> appAttest(Map<ConfigKey, Sourced> v) {
        Optional<String> app = optional(v, ConfigKey.APPATTEST_APP_ID).map(String::strip);
        if (app.isEmpty()) {
            return Optional.empty();
        }
        dev.citadel.attest.AppId appId;
        try {
            appId = dev.citadel.attest.AppId.parse(app.get());
        } catch (IllegalArgumentException e) {
            throw invalid(v, ConfigKey.APPATTEST_APP_ID, "must be TEAMID.bundle.id (ten upper-case letters or digits, a dot, a bundle id)");
        }
        dev.citadel.attest.Environment environment = switch (required(v, ConfigKey.APPATTEST_ENVIRONMENT).strip()) {
            case "production" -> dev.citadel.attest.Environment.PRODUCTION;
            case "development" -> dev.citadel.attest.Environment.DEVELOPMENT;
            default -> throw invalid(v, ConfigKey.APPATTEST_ENVIRONMENT, "must be production or development");
        };
        for (ConfigKey k : java.util.List.of(ConfigKey.APPATTEST_ROOT_FILE, ConfigKey.APPATTEST_RECEIPT_ROOT_FILE)) {
            if (optional(v, k).isEmpty()) {
                throw new ConfigException(k.key(), k.key() + " is required when " + ConfigKey.APPATTEST_APP_ID.key() + " is set");
            }
        }
        AppAttestSettings.RequestBinding binding = switch (required(v, ConfigKey.APPATTEST_REQUEST_BINDING).strip()) {
            case "request" -> AppAttestSettings.RequestBinding.REQUEST;
            case "challenge" -> AppAttestSettings.RequestBinding.CHALLENGE;
            default -> throw invalid(v, ConfigKey.APPATTEST_REQUEST_BINDING, "must be request or challenge");
        };
        return Optional.of(new AppAttestSettings(appId, environment, readablePath(v, ConfigKey.APPATTEST_ROOT_FILE),
                readablePath(v, ConfigKey.APPATTEST_RECEIPT_ROOT_FILE), binding));
    }

    private static PasskeysSettings passkeys(Map<ConfigKey, Sourced> v) {
        String rpId = required(v, ConfigKey.PASSKEYS_RP_ID).strip().toLowerCase(java.util.Locale.ROOT);
        if (!rpId.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*") || rpId.length() > 253) {
            throw invalid(v, ConfigKey.PASSKEYS_RP_ID, "must be a domain name such as example.com or localhost");
        }
        java.util.List<String> origins = new java.util.ArrayList<>();
        for (String raw : optional(v, ConfigKey.PASSKEYS_ORIGINS).map(s -> s.split(",")).orElse(new String[0])) {
            String origin = raw.strip();
            if (origin.isEmpty()) {
                continue;
            }
            try {
                java.net.URI uri = new java.net.URI(origin);
                boolean web = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                        && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                        && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
                if (!web && !origin.startsWith("android:apk-key-hash:")) {
                    throw invalid(v, ConfigKey.PASSKEYS_ORIGINS, "must list origins such as https://example.com (no path)");
                }
            } catch (java.net.URISyntaxException e) {
                throw invalid(v, ConfigKey.PASSKEYS_ORIGINS, "must list origins such as https://example.com (no path)");
            }
            origins.add(origin);
        }
        Optional<Path> mds = optional(v, ConfigKey.PASSKEYS_MDS).map(s -> readablePath(v, ConfigKey.PASSKEYS_MDS));
        Optional<Path> roots = optional(v, ConfigKey.PASSKEYS_ATTESTATION_ROOTS).map(s -> Path.of(s).toAbsolutePath().normalize());
        if (roots.isPresent() && !Files.isDirectory(roots.get())) {
            throw invalid(v, ConfigKey.PASSKEYS_ATTESTATION_ROOTS, "names no directory");
        }
        int idle = integer(v, ConfigKey.PASSKEYS_SESSION_IDLE_TIMEOUT, 60, 86_400);
        int absolute = integer(v, ConfigKey.PASSKEYS_SESSION_ABSOLUTE_TIMEOUT, 60, 2_592_000);
        if (absolute < idle) {
            throw invalid(v, ConfigKey.PASSKEYS_SESSION_ABSOLUTE_TIMEOUT, "must be at least passkeys.session.idle-timeout");
        }
        dev.citadel.passkeys.local.LocalAuthenticationPolicy policy = dev.citadel.passkeys.local.LocalAuthenticationPolicy.of(
                required(v, ConfigKey.PASSKEYS_STEP_UP_POLICY).strip()).orElseThrow(() -> invalid(v,
                ConfigKey.PASSKEYS_STEP_UP_POLICY, "must be deviceOwnerAuthenticationWithBiometrics or deviceOwnerAuthentication"));
        int reuse = integer(v, ConfigKey.PASSKEYS_STEP_UP_REUSE, 1, (int) PasskeysSettings.MAX_STEP_UP_REUSE.toSeconds());
        dev.citadel.passkeys.local.BiometryBinding.Kind binding = switch (required(v, ConfigKey.PASSKEYS_STEP_UP_BINDING).strip()) {
            case "current-set" -> dev.citadel.passkeys.local.BiometryBinding.Kind.CURRENT_SET;
            case "any" -> dev.citadel.passkeys.local.BiometryBinding.Kind.ANY;
            default -> throw invalid(v, ConfigKey.PASSKEYS_STEP_UP_BINDING, "must be current-set or any");
        };
        return new PasskeysSettings(rpId, required(v, ConfigKey.PASSKEYS_RP_NAME).strip(), origins, mds, roots,
                Duration.ofSeconds(idle), Duration.ofSeconds(absolute), policy, Duration.ofSeconds(reuse), binding,
                integer(v, ConfigKey.PASSKEYS_RATE_LIMIT_BURST, 1, 100_000), integer(v, ConfigKey.PASSKEYS_RATE_LIMIT_PER_MINUTE, 1, 100_000));
    }

    private static Optional<String> optional(Map<ConfigKey, Sourced> v, ConfigKey key) {
        return Optional.ofNullable(v.get(key)).map(Sourced::value).filter(s -> !s.isBlank());
    }

    private static String required(Map<ConfigKey, Sourced> v, ConfigKey key) {
        return optional(v, key).orElseThrow(() -> invalid(v, key, "must not be empty"));
    }

    private static int integer(Map<ConfigKey, Sourced> v, ConfigKey key, int min, int max) {
        String raw = required(v, key).trim();
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw invalid(v, key, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(v, key, "is not a whole number");
        }
    }

    private static boolean bool(Map<ConfigKey, Sourced> v, ConfigKey key) {
        return switch (required(v, key).trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(v, key, "must be true or false");
        };
    }

    private static Path readablePath(Map<ConfigKey, Sourced> v, ConfigKey key) {
        Path path = Path.of(required(v, key)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw invalid(v, key, "names no readable file");
        }
        return path;
    }

    private static ConfigException invalid(Map<ConfigKey, Sourced> v, ConfigKey key, String problem) {
        Sourced s = v.get(key);
        String shown = key.secret() ? "***" : s == null ? "" : s.value();
        String from = s == null ? "" : " (from " + s.source() + ")";
        return new ConfigException(key.key(), "configuration key '" + key.key() + "' = '" + shown + "' " + problem + from);
    }

    private record Sourced(String value, String source) {}
}
