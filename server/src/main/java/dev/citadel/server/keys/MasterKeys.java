package dev.citadel.server.keys;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the master key: {@code keys.master-key} ({@code CITADEL_MASTER_KEY}, base64), else
 * {@code keys.master-key-file} (32 raw bytes or their base64), else — on the embedded SQLite database only —
 * {@code <data-dir>/master.key}, generated on first start with owner-only permissions (0600). On PostgreSQL
 * a missing master key is refused: replicas sharing the database must share one configured master key.
 *
 * <p>Messages never contain key bytes. Stateless.
 */
public final class MasterKeys {

    /** The generated key's file name inside the data directory. */
    public static final String DEFAULT_FILE_NAME = "master.key";
    /** Largest master key file read: a base64 key with line breaks is far smaller. */
    static final long MAX_FILE_BYTES = 1024;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MasterKeys() {}

    /** Where the master key comes from. */
    public record Source(Optional<String> base64, Optional<Path> file, boolean mayGenerate, Path dataDirectory) {}

    /**
     * Loads (or, when allowed and absent, generates) the master key. {@code out} gets one line when a key is
     * generated. Throws {@link KeyStoreException} ({@code MASTER_KEY_MISSING} or {@code MASTER_KEY_INVALID}).
     */
    public static MasterKey load(Source source, RandomSource random, Consumer<String> out) {
        if (source.base64().isPresent()) {
            return fromBytes(decode(source.base64().get(), "keys.master-key (CITADEL_MASTER_KEY)"));
        }
        if (source.file().isPresent()) {
            return fromBytes(read(source.file().get()));
        }
        if (!source.mayGenerate()) {
            throw new KeyStoreException(KeyStoreException.Reason.MASTER_KEY_MISSING, "no master key: set "
                    + "CITADEL_MASTER_KEY or keys.master-key-file (replicas sharing PostgreSQL must share one master key)",
                    null);
        }
        Path file = source.dataDirectory().resolve(DEFAULT_FILE_NAME);
        if (Files.exists(file)) {
            return fromBytes(read(file));
        }
        byte[] fresh = random.bytes(MasterKey.LENGTH);
        try {
            write(file, Base64.getEncoder().encodeToString(fresh) + "\n");
            out.accept("Generated a master key at " + file + " (owner-only); back it up: without it the server's keys"
                    + " cannot be unwrapped");
            return fromBytes(fresh);
        } catch (FileAlreadyExistsException e) {
            return fromBytes(read(file)); // another process on this data directory wrote it first
        } finally {
            Arrays.fill(fresh, (byte) 0);
        }
    }

    private static MasterKey fromBytes(byte[] raw) {
        try (SecretKeyMaterial material = SecretKeyMaterial.copyOf(raw, SecretAccess.insecure())) {
            return MasterKey.of(material);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static byte[] read(Path file) {
        byte[] content;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw invalid("master key file " + file + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KeyStoreException(KeyStoreException.Reason.MASTER_KEY_INVALID, "cannot read master key file "
                    + file + ": " + e.getClass().getSimpleName(), e);
        }
        if (content.length == MasterKey.LENGTH) {
            return content;
        }
        try {
            return decode(new String(content, StandardCharsets.US_ASCII).strip(), "master key file " + file);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private static byte[] decode(String base64, String what) {
        byte[] raw;
        try {
            String compact = base64.strip();
            raw = (compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getMimeDecoder())
                    .decode(compact);
        } catch (IllegalArgumentException e) {
            throw invalid(what + " is not base64 (or " + MasterKey.LENGTH + " raw bytes)");
        }
        if (raw.length != MasterKey.LENGTH) {
            Arrays.fill(raw, (byte) 0);
            throw invalid(what + " must hold " + MasterKey.LENGTH + " bytes");
        }
        return raw;
    }

    private static void write(Path file, String content) throws FileAlreadyExistsException {
        try {
            Files.createDirectories(file.getParent());
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Path created = Files.createFile(file, ownerOnly); // CREATE_NEW: never overwrites a key
            Files.setPosixFilePermissions(created, OWNER_ONLY); // the umask may have narrowed, never widened, it
            Files.writeString(created, content, StandardCharsets.US_ASCII, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            throw new KeyStoreException(KeyStoreException.Reason.MASTER_KEY_INVALID, "cannot create master key file "
                    + file + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    e);
        }
    }

    private static KeyStoreException invalid(String message) {
        return new KeyStoreException(KeyStoreException.Reason.MASTER_KEY_INVALID, message, null);
    }
}
