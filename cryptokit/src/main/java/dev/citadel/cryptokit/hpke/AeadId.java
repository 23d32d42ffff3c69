package dev.citadel.cryptokit.hpke;

/**
 * An HPKE AEAD identifier (IANA "HPKE AEAD Identifiers", RFC 9180 §7.3). Open value type.
 *
 * @param value the two-byte identifier
 */
public record AeadId(int value) {

    public static final AeadId AES_128_GCM = new AeadId(0x0001);
    public static final AeadId AES_256_GCM = new AeadId(0x0002);
    public static final AeadId CHACHA20_POLY1305 = new AeadId(0x0003);
    /** Export-only (RFC 9180 §7.3): the context derives secrets but cannot seal or open. */
    public static final AeadId EXPORT_ONLY = new AeadId(0xffff);

    public AeadId {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("AEAD id is two bytes");
        }
    }

    public static AeadId of(int value) {
        return new AeadId(value);
    }

    @Override
    public String toString() {
        return String.format("AeadId[0x%04x]", value);
    }
}
