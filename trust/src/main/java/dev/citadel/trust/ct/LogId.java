package dev.citadel.trust.ct;

import java.util.Arrays;
import java.util.Base64;

/**
 * A CT log's identifier: the SHA-256 hash of its DER SubjectPublicKeyInfo (RFC 6962 §3.2 {@code LogID}).
 * Immutable; printed and serialised as standard base64, the form log lists use.
 */
public final class LogId {

    /** Length in bytes (SHA-256). */
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private LogId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps 32 bytes (copied). */
    public static LogId of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a log id is " + LENGTH + " bytes, not " + bytes.length);
        }
        return new LogId(bytes.clone());
    }

    /** Parses standard base64; throws {@link IllegalArgumentException} if it is not 32 bytes of base64. */
    public static LogId fromBase64(String base64) {
        return of(Base64.getDecoder().decode(base64));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        // Log ids are public values: no constant-time comparison is needed.
        return o instanceof LogId other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64();
    }
}
