package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify commands read their input files whole, so the size bound is what stops a huge file. */
class InputFilesTest {

    @Test
    void aFileAtTheLimitIsReadAndOneByteMoreIsAUsageError(@TempDir Path dir) throws Exception {
        Path atLimit = Files.write(dir.resolve("at-limit"), new byte[(int) InputFiles.MAX_INPUT_FILE_BYTES]);
        assertThat(InputFiles.read("--response", atLimit)).hasSize((int) InputFiles.MAX_INPUT_FILE_BYTES);
        Path over = Files.write(dir.resolve("over"), new byte[(int) InputFiles.MAX_INPUT_FILE_BYTES + 1]);
        assertThatThrownBy(() -> InputFiles.read("--response", over)).isInstanceOfSatisfying(CliFailure.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(e.getMessage()).startsWith("--response: ").contains("is larger than " + InputFiles.MAX_INPUT_FILE_BYTES);
        });
    }

    @Test
    void aMissingFileIsAUsageErrorNamingTheOption(@TempDir Path dir) {
        assertThatThrownBy(() -> InputFiles.read("--public-key", dir.resolve("absent")))
                .isInstanceOfSatisfying(CliFailure.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(e.getMessage()).startsWith("--public-key: cannot read");
                });
    }
}
