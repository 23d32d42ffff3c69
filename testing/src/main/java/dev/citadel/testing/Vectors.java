package dev.citadel.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Locates and opens files of the shared vectors; only for tests marked {@link RequiresVectors}. */
public final class Vectors {

    private Vectors() {}

    public static Path root() {
        return OptionalEnvironment.vectorsDirectory()
                .orElseThrow(() -> new IllegalStateException("shared vectors not found; mark the test @RequiresVectors"));
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** Opens a file, transparently un-gzipping {@code *.gz}. */
    public static InputStream open(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
