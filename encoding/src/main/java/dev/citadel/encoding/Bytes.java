package dev.citadel.encoding;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An immutable byte string, for records and results (which never hold a {@code byte[]}). {@link #equals}
 * runs in time independent of where the contents differ.
 */
public final class Bytes {

    private static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] value;

    private Bytes(byte[] value) {
        this.value = value;
    }

    /** A copy of {@code bytes}. */
    public static Bytes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /** A copy of {@code bytes[from, to)}. */
    public static Bytes of(byte[] bytes, int from, int to) {
        return new Bytes(Arrays.copyOfRange(bytes, from, to));
    }

    /** Standard base64 with padding (RFC 4648 §4); rejects anything else. */
    public static Bytes fromBase64(String base64) {
        return new Bytes(Base64.getDecoder().decode(base64));
    }

    /**
     * Base64url without padding (RFC 4648 §5, as WebAuthn's JSON forms use); rejects padding, the standard
     * alphabet's {@code +} and {@code /}, whitespace and non-zero trailing bits.
     */
    public static Bytes fromBase64Url(String base64url) {
        if (base64url.indexOf('=') >= 0) {
            throw new IllegalArgumentException("base64url must be unpadded");
        }
        byte[] decoded = Base64.getUrlDecoder().decode(base64url);
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(decoded).equals(base64url)) {
            throw new IllegalArgumentException("base64url with non-zero trailing bits");
        }
        return new Bytes(decoded);
    }

    public static Bytes fromHex(String hex) {
        return new Bytes(HexFormat.of().parseHex(hex));
    }

    public int size() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** A copy of the contents. */
    public byte[] toByteArray() {
        return value.clone();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(value);
    }

    /** Base64url without padding (RFC 4648 §5). */
    public String base64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    public String hex() {
        return HexFormat.of().formatHex(value);
    }

    /** Whether {@code other} occurs as a contiguous run inside these bytes. */
    public boolean contains(Bytes other) {
        byte[] n = other.value;
        outer:
        for (int i = 0; i + n.length <= value.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (value[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Contents equal, compared without an early exit. */
    public boolean contentEquals(byte[] other) {
        if (other.length != value.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < value.length; i++) {
            diff |= value[i] ^ other[i];
        }
        return diff == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && contentEquals(b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return value.length <= 64 ? hex() : HexFormat.of().formatHex(value, 0, 32) + "…(" + value.length + " bytes)";
    }
}
