package dev.citadel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The verify commands' input files: read whole, bounded, every failure a usage error naming the option. */
final class InputFiles {

    /** Largest input file read (objects, receipts, keys, client data, WebAuthn responses). */
    static final long MAX_INPUT_FILE_BYTES = 1 << 20;

    private InputFiles() {}

    static byte[] read(String option, Path file) {
        try {
            if (Files.size(file) > MAX_INPUT_FILE_BYTES) {
                throw new CliFailure(option + ": " + file + " is larger than " + MAX_INPUT_FILE_BYTES + " bytes", ExitCodes.USAGE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliFailure(option + ": cannot read " + file + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }
}
