package dev.citadel.cryptokit.hpke;

/**
 * An HPKE KEM identifier (IANA "HPKE KEM Identifiers"; RFC 9180 §7.1, draft-ietf-hpke-pq). An open value
 * type: {@link #of} keeps identifiers this library does not implement, so they can be logged and
 * refused by name ({@link HPKE} throws {@code UNSUPPORTED_ALGORITHM} for them).
 *
 * @param value the two-byte identifier
 */
public record KemId(int value) {

    /** DHKEM(P-256, HKDF-SHA256), RFC 9180. */
    public static final KemId DHKEM_P256_HKDF_SHA256 = new KemId(0x0010);
    /** DHKEM(P-384, HKDF-SHA384), RFC 9180. */
    public static final KemId DHKEM_P384_HKDF_SHA384 = new KemId(0x0011);
    /** DHKEM(P-521, HKDF-SHA512), RFC 9180. */
    public static final KemId DHKEM_P521_HKDF_SHA512 = new KemId(0x0012);
    /** DHKEM(X25519, HKDF-SHA256), RFC 9180. */
    public static final KemId DHKEM_X25519_HKDF_SHA256 = new KemId(0x0020);
    /** ML-KEM-512, draft-ietf-hpke-pq (base and psk modes only). */
    public static final KemId ML_KEM_512 = new KemId(0x0040);
    /** ML-KEM-768, draft-ietf-hpke-pq (base and psk modes only). */
    public static final KemId ML_KEM_768 = new KemId(0x0041);
    /** ML-KEM-1024, draft-ietf-hpke-pq (base and psk modes only). */
    public static final KemId ML_KEM_1024 = new KemId(0x0042);
    /** X-Wing (MLKEM768-X25519), draft-ietf-hpke-pq / draft-connolly-cfrg-xwing-kem (base and psk only). */
    public static final KemId X_WING = new KemId(0x647a);

    public KemId {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("KEM id is two bytes");
        }
    }

    public static KemId of(int value) {
        return new KemId(value);
    }

    @Override
    public String toString() {
        return String.format("KemId[0x%04x]", value);
    }
}
