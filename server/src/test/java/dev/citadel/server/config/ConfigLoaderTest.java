package dev.citadel.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private ServerConfig load(Map<String, String> env, Map<String, String> flags) {
        return new ConfigLoader(env, dir).resolve(flags, Optional.empty());
    }

    @Test
    void defaultsListenOnLoopback8080WithEmbeddedSqlite() {
        ServerConfig c = load(Map.of(), Map.of());
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.dataDirectory()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(c.databaseUrl()).isEmpty();
        assertThat(c.tls()).isFalse();
        assertThat(c.shutdownGracePeriod()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.accessLog()).isTrue();
    }

    @Test
    void priorityIsDefaultsThenFileThenEnvironmentThenFlags() throws IOException {
        Files.writeString(dir.resolve("citadel.toml"), """
                port = 9000
                host = "0.0.0.0"
                [database]
                pool-size = 4
                url = "jdbc:postgresql://db.internal/citadel"
                """);
        ServerConfig fileOnly = load(Map.of(), Map.of());
        assertThat(fileOnly.port()).isEqualTo(9000);
        assertThat(fileOnly.host()).isEqualTo("0.0.0.0");
        assertThat(fileOnly.databasePoolSize()).isEqualTo(4);
        assertThat(fileOnly.databaseUrl()).contains("jdbc:postgresql://db.internal/citadel");

        ServerConfig withEnv = load(Map.of("CITADEL_PORT", "9100", "CITADEL_DATABASE_POOL_SIZE", "7"), Map.of());
        assertThat(withEnv.port()).isEqualTo(9100);
        assertThat(withEnv.databasePoolSize()).isEqualTo(7);

        ServerConfig withFlag = load(Map.of("CITADEL_PORT", "9100"), Map.of("port", "9200"));
        assertThat(withFlag.port()).isEqualTo(9200);
    }

    @Test
    void yamlFilesWorkToo() throws IOException {
        Files.writeString(dir.resolve("citadel.yaml"), "port: 9300\naccess-log:\n  enabled: false\n");
        ServerConfig c = load(Map.of(), Map.of());
        assertThat(c.port()).isEqualTo(9300);
        assertThat(c.accessLog()).isFalse();
    }

    @Test
    void unknownKeyInFileFailsNamingKeyAndFile() throws IOException {
        Files.writeString(dir.resolve("citadel.toml"), "prot = 9000\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of())).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.key()).isEqualTo("prot");
            assertThat(e.getMessage()).contains("unknown configuration key 'prot'").contains("citadel.toml");
        });
    }

    @Test
    void unknownCitadelEnvironmentVariableFails() {
        assertThatThrownBy(() -> load(Map.of("CITADEL_PROT", "1"), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo("CITADEL_PROT");
                    assertThat(e.getMessage()).contains("unknown environment variable CITADEL_PROT");
                });
    }

    @Test
    void toolingVariablesAreNotServerKeys() {
        ServerConfig c = load(Map.of("CITADEL_VECTORS", "/x", "CITADEL_REQUIRE_TOOLS", "1", "CITADEL_ADMIN_TOKEN", "t"), Map.of());
        assertThat(c.port()).isEqualTo(8080);
    }

    @Test
    void badValueNamesKeyValueAndSource() {
        assertThatThrownBy(() -> load(Map.of("CITADEL_PORT", "eighty"), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo("port");
                    assertThat(e.getMessage()).isEqualTo(
                            "configuration key 'port' = 'eighty' is not a whole number (from environment variable CITADEL_PORT)");
                });
        assertThatThrownBy(() -> load(Map.of(), Map.of("port", "70000"))).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.getMessage()).contains("between 0 and 65535").contains("the command line"));
        assertThatThrownBy(() -> load(Map.of(), Map.of("access-log.enabled", "yes")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("access-log.enabled"));
    }

    @Test
    void databaseUrlMustBeASupportedJdbcUrlAndPasswordIsNeverEchoed() {
        assertThatThrownBy(() -> load(Map.of(), Map.of("database.url", "mysql://x"))).isInstanceOfSatisfying(
                ConfigException.class, e -> assertThat(e.key()).isEqualTo("database.url"));
        assertThatThrownBy(() -> load(Map.of("CITADEL_DATABASE_PASSWORD", "hunter2"), Map.of("database.pool-size", "0")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        ServerConfig c = load(Map.of("CITADEL_DATABASE_PASSWORD", "hunter2"), Map.of());
        assertThat(c.toString()).doesNotContain("hunter2");
        assertThat(c.databaseSettings().toString()).doesNotContain("hunter2");
    }

    @Test
    void masterKeyComesFromCitadelMasterKeyAndIsNeverEchoed() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]).replace("AAAA", "AbCd");
        ServerConfig c = load(Map.of("CITADEL_MASTER_KEY", key), Map.of());
        assertThat(c.masterKey()).contains(key);
        assertThat(c.toString()).doesNotContain(key).contains("masterKey=***");
        assertThat(ConfigKey.KEYS_MASTER_KEY.environmentVariable()).isEqualTo("CITADEL_MASTER_KEY");

        String tooShort = "c2VjcmV0LW1hc3Rlci1rZXk="; // "secret-master-key", 17 bytes
        assertThatThrownBy(() -> load(Map.of("CITADEL_MASTER_KEY", tooShort), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo("keys.master-key");
                    assertThat(e.getMessage()).doesNotContain(tooShort).contains("'***'")
                            .contains("must be base64 of 32 bytes").contains("CITADEL_MASTER_KEY");
                });
        assertThatThrownBy(() -> load(Map.of("CITADEL_MASTER_KEY", key), Map.of("database.pool-size", "0")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).doesNotContain(key));
    }

    @Test
    void masterKeyAndMasterKeyFileAreExclusive() throws IOException {
        Path file = Files.writeString(dir.resolve("master.key"), java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertThat(load(Map.of(), Map.of("keys.master-key-file", file.toString())).masterKeyFile()).contains(file);
        assertThatThrownBy(() -> load(Map.of("CITADEL_MASTER_KEY", java.util.Base64.getEncoder().encodeToString(
                new byte[32])), Map.of("keys.master-key-file", file.toString())))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).contains("not both"));
        assertThatThrownBy(() -> load(Map.of(), Map.of("keys.master-key-file", dir.resolve("none").toString())))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("keys.master-key-file"));
    }

    @Test
    void tlsNeedsBothFilesAndThemReadable() throws IOException {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
        assertThatThrownBy(() -> load(Map.of(), Map.of("tls.certificate", cert.toString())))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo("tls.private-key");
                    assertThat(e.getMessage()).contains("tls.private-key is required when tls.certificate is set");
                });
        assertThatThrownBy(() -> load(Map.of(), Map.of("tls.certificate", cert.toString(), "tls.private-key",
                dir.resolve("missing.pem").toString()))).isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.getMessage()).contains("names no readable file"));
    }

    @Test
    void twoDefaultFilesAreAmbiguous() throws IOException {
        Files.writeString(dir.resolve("citadel.toml"), "port = 1\n");
        Files.writeString(dir.resolve("citadel.yaml"), "port: 2\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of())).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.getMessage()).contains("both citadel.toml and citadel.yaml exist"));
    }

    @Test
    void malformedFileGivesOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.toml"), "port = = 3\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).resolve(Map.of(), Optional.of(file)))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).startsWith("cannot read configuration file").doesNotContain("\n");
                });
    }

    @Test
    void duplicateKeysInYamlAreRefused() throws IOException {
        Files.writeString(dir.resolve("citadel.yaml"), "port: 1\nport: 2\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot read configuration file");
    }

    @Test
    void explicitFileMustExist() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).resolve(Map.of(), Optional.of(dir.resolve("nope.toml"))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).contains("does not exist"));
    }

    @Test
    void appAttestIsOffUntilAnAppIdIsSetAndThenNeedsBothRoots() throws IOException {
        assertThat(load(Map.of(), Map.of()).appAttest()).isEmpty();
        assertThatThrownBy(() -> load(Map.of(), Map.of("appattest.app-id", "ABCDE12345.com.example.app")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("appattest.root-file"));
        Path root = Files.writeString(dir.resolve("root.pem"), "placeholder");
        Map<String, String> flags = new java.util.HashMap<>(Map.of("appattest.app-id", "ABCDE12345.com.example.app",
                "appattest.root-file", root.toString(), "appattest.receipt-root-file", root.toString()));
        AppAttestSettings s = load(Map.of(), flags).appAttest().orElseThrow();
        assertThat(s.appId().teamId()).isEqualTo("ABCDE12345");
        assertThat(s.environment()).isEqualTo(dev.citadel.attest.Environment.PRODUCTION);
        assertThat(s.binding()).isEqualTo(AppAttestSettings.RequestBinding.REQUEST);
        flags.put("appattest.environment", "staging");
        assertThatThrownBy(() -> load(Map.of(), flags))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("appattest.environment"));
        flags.put("appattest.environment", "development");
        flags.put("appattest.app-id", "example.app");
        assertThatThrownBy(() -> load(Map.of(), flags))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("appattest.app-id"));
        flags.put("appattest.app-id", "ABCDE12345.com.example.app");
        flags.put("appattest.request-binding", "none");
        assertThatThrownBy(() -> load(Map.of(), flags))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("appattest.request-binding"));
    }
}
