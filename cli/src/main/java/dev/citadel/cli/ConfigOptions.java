package dev.citadel.cli;

import dev.citadel.server.config.ConfigException;
import dev.citadel.server.config.ConfigKey;
import dev.citadel.server.config.ConfigLoader;
import dev.citadel.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The configuration flags shared by {@code serve} and {@code doctor}; flags beat every other source. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "configuration file (.toml, .yaml); default: citadel.toml or citadel.yaml in the current directory, or CITADEL_CONFIG")
    Path configFile;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "interface to listen on (default 127.0.0.1)")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default 8080)")
    String port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data directory (default ./data)")
    String dataDir;

    @Option(names = "--database-url", paramLabel = "JDBC_URL", description = "jdbc:postgresql://… for PostgreSQL; default: SQLite in the data directory")
    String databaseUrl;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "any configuration key, e.g. --set tls.certificate=cert.pem")
    List<String> settings = List.of();

    ServerConfig load(Map<String, String> environment, Path workingDirectory) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(setting, "--set takes KEY=VALUE, got '" + setting + "'");
            }
            flags.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        put(flags, ConfigKey.HOST, host);
        put(flags, ConfigKey.PORT, port);
        put(flags, ConfigKey.DATA_DIR, dataDir);
        put(flags, ConfigKey.DATABASE_URL, databaseUrl);
        return new ConfigLoader(environment, workingDirectory).resolve(flags, Optional.ofNullable(configFile));
    }

    private static void put(Map<String, String> flags, ConfigKey key, String value) {
        if (value != null) {
            flags.put(key.key(), value);
        }
    }
}
