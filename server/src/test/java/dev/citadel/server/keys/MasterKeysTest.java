package dev.citadel.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.RandomSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master key comes from, and what happens when it is missing or malformed. */
class MasterKeysTest {

    @TempDir
    Path dir;

    private final List<String> out = new ArrayList<>();

    private MasterKey load(Optional<String> base64, Optional<Path> file, boolean mayGenerate) {
        return MasterKeys.load(new MasterKeys.Source(base64, file, mayGenerate, dir), RandomSource.system(), out::add);
    }

    @Test
    void embeddedDefaultGeneratesAnOwnerOnlyKeyFileOnceAndSaysSo() throws Exception {
        MasterKey first = load(Optional.empty(), Optional.empty(), true);

        Path file = dir.resolve(MasterKeys.DEFAULT_FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(MasterKey.LENGTH);
        assertThat(out).singleElement().asString().startsWith("Generated a master key at " + file)
                .doesNotContain(Files.readString(file).strip());

        MasterKey second = load(Optional.empty(), Optional.empty(), true);
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(out).hasSize(1);
    }

    @Test
    void postgresqlWithoutAMasterKeyRefusesWithOneLine() {
        assertThatThrownBy(() -> load(Optional.empty(), Optional.empty(), false))
                .isInstanceOfSatisfying(KeyStoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(KeyStoreException.Reason.MASTER_KEY_MISSING);
                    assertThat(e.getMessage()).contains("CITADEL_MASTER_KEY").contains("replicas").doesNotContain("\n");
                });
        assertThat(dir.resolve(MasterKeys.DEFAULT_FILE_NAME)).doesNotExist();
    }

    @Test
    void theSameKeyGivesTheSameFingerprintFromEverySource() throws Exception {
        byte[] raw = RandomSource.system().bytes(MasterKey.LENGTH);
        String base64 = Base64.getEncoder().encodeToString(raw);
        Path rawFile = Files.write(dir.resolve("raw.key"), raw);
        Path textFile = Files.writeString(dir.resolve("text.key"), base64 + "\n");

        MasterKey fromEnv = load(Optional.of(base64), Optional.empty(), false);
        assertThat(load(Optional.empty(), Optional.of(rawFile), false).fingerprint()).isEqualTo(fromEnv.fingerprint());
        assertThat(load(Optional.empty(), Optional.of(textFile), false).fingerprint()).isEqualTo(fromEnv.fingerprint());
        assertThat(fromEnv.fingerprint().hex()).doesNotContain(java.util.HexFormat.of().formatHex(raw).substring(0, 8));
        assertThat(fromEnv.toString()).doesNotContain(base64).contains("redacted");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedWithoutEchoingIt() throws Exception {
        String shortKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.writeString(dir.resolve("short.key"), shortKey);

        for (var attempt : List.<Runnable>of(() -> load(Optional.of(shortKey), Optional.empty(), false),
                () -> load(Optional.empty(), Optional.of(file), false),
                () -> load(Optional.of("not base64!"), Optional.empty(), false))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(KeyStoreException.class, e -> {
                assertThat(e.reason()).isEqualTo(KeyStoreException.Reason.MASTER_KEY_INVALID);
                assertThat(e.getMessage()).doesNotContain(shortKey);
            });
        }
    }
}
