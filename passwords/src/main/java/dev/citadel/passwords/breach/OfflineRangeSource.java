package dev.citadel.passwords.breach;

import dev.citadel.passwords.BreachCheckException;
import dev.citadel.passwords.BreachCheckException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Range queries against a local copy: a directory holding one file per prefix, named {@code XXXXX.txt}
 * (5 upper-case hex characters), each holding that range's {@code SUFFIX:COUNT} lines exactly as the HTTP
 * service sends them. This is the layout the official Pwned Passwords downloader writes; a subset of the
 * prefixes works too.
 *
 * <p>WARNING: a prefix file that is missing is an error ({@code UNAVAILABLE}), not "not breached": an
 * incomplete copy must not pass passwords it cannot judge.
 */
public final class OfflineRangeSource implements RangeSource {

    /** Largest prefix file read: real ones are about 30 KB. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private final Path directory;

    public OfflineRangeSource(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public RangeResponse range(HashPrefix prefix) {
        Path file = directory.resolve(prefix.value() + ".txt");
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BreachCheckException(Reason.RESPONSE_TOO_LARGE, "prefix file " + file.getFileName()
                        + " is larger than " + MAX_FILE_BYTES + " bytes", null);
            }
            return RangeResponse.parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (NoSuchFileException e) {
            throw new BreachCheckException(Reason.UNAVAILABLE, "no prefix file " + file.getFileName() + " in " + directory, e);
        } catch (IOException e) {
            throw new BreachCheckException(Reason.UNAVAILABLE, "cannot read prefix file " + file.getFileName(), e);
        }
    }
}
