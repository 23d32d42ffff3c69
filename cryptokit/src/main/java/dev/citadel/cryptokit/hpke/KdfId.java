package dev.citadel.cryptokit.hpke;

/**
 * An HPKE KDF identifier (IANA "HPKE KDF Identifiers", RFC 9180 §7.2). Open value type.
 *
 * @param value the two-byte identifier
 */
public record KdfId(int value) {

    public static final KdfId HKDF_SHA256 = new KdfId(0x0001);
    public static final KdfId HKDF_SHA384 = new KdfId(0x0002);
    public static final KdfId HKDF_SHA512 = new KdfId(0x0003);

    public KdfId {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("KDF id is two bytes");
        }
    }

    public static KdfId of(int value) {
        return new KdfId(value);
    }

    @Override
    public String toString() {
        return String.format("KdfId[0x%04x]", value);
    }
}
