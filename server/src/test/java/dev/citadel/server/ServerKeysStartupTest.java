package dev.citadel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.server.keys.KeyPurpose;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key at startup: generated once on the embedded default, checked against the store every time. */
class ServerKeysStartupTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the embedded default generates <data-dir>/master.key (0600) once, and says so once")
    void embeddedDefaultGeneratesAnOwnerOnlyMasterKey() throws Exception {
        String id;
        try (RunningServer first = RunningServer.start(dir)) {
            Path file = dir.resolve("master.key");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(first.output).filteredOn(l -> l.startsWith("Generated a master key at " + file)).hasSize(1);
            id = first.server.keys().active(KeyPurpose.COOKIE_MAC).id();
            assertThat(first.get("/readyz").body()).contains("\"server-keys\"").contains("matches the key store");
        }
        try (RunningServer second = RunningServer.start(dir)) {
            assertThat(second.output).noneMatch(l -> l.startsWith("Generated a master key"));
            assertThat(second.server.keys().active(KeyPurpose.COOKIE_MAC).id()).isEqualTo(id);
        }
    }

    @Test
    @DisplayName("a wrong master key stops the server with one line: master key does not match the key store")
    void wrongMasterKeyRefusesToStart() {
        try (RunningServer first = RunningServer.start(dir)) {
            first.server.keys().active(KeyPurpose.TOKEN_SIGNING);
        }
        String other = Base64.getEncoder().encodeToString(RandomSource.system().bytes(32));

        assertThatThrownBy(() -> RunningServer.start(dir, Map.of("keys.master-key", other)))
                .isInstanceOfSatisfying(StartupException.class, e -> assertThat(e.getMessage())
                        .startsWith("master key does not match the key store").doesNotContain(other).doesNotContain("\n"));
    }

    @Test
    void aConfiguredMasterKeyIsUsedAndNoFileIsWritten() {
        String key = Base64.getEncoder().encodeToString(RandomSource.system().bytes(32));
        try (RunningServer s = RunningServer.start(dir, Map.of("keys.master-key", key))) {
            s.server.keys().active(KeyPurpose.COOKIE_MAC);
            assertThat(s.output).noneMatch(l -> l.contains(key) || l.startsWith("Generated a master key"));
        }
        assertThat(dir.resolve("master.key")).doesNotExist();
    }
}
