package dev.citadel.cryptokit.hpke;

/**
 * An HPKE ciphersuite: KEM, KDF and AEAD. Any combination can be named; {@link HPKE} refuses the ones
 * it does not implement with {@code UNSUPPORTED_ALGORITHM}.
 *
 * @param kem the KEM
 * @param kdf the key-schedule KDF
 * @param aead the AEAD (or {@link AeadId#EXPORT_ONLY})
 */
public record Ciphersuite(KemId kem, KdfId kdf, AeadId aead) {

    public static final Ciphersuite P256_SHA256_AES_GCM_256 = new Ciphersuite(KemId.DHKEM_P256_HKDF_SHA256, KdfId.HKDF_SHA256, AeadId.AES_256_GCM);
    public static final Ciphersuite P384_SHA384_AES_GCM_256 = new Ciphersuite(KemId.DHKEM_P384_HKDF_SHA384, KdfId.HKDF_SHA384, AeadId.AES_256_GCM);
    public static final Ciphersuite P521_SHA512_AES_GCM_256 = new Ciphersuite(KemId.DHKEM_P521_HKDF_SHA512, KdfId.HKDF_SHA512, AeadId.AES_256_GCM);
    public static final Ciphersuite CURVE25519_SHA256_CHACHAPOLY = new Ciphersuite(KemId.DHKEM_X25519_HKDF_SHA256, KdfId.HKDF_SHA256, AeadId.CHACHA20_POLY1305);
    public static final Ciphersuite XWING_SHA256_AES_GCM_256 = new Ciphersuite(KemId.X_WING, KdfId.HKDF_SHA256, AeadId.AES_256_GCM);

    public Ciphersuite {
        java.util.Objects.requireNonNull(kem, "kem");
        java.util.Objects.requireNonNull(kdf, "kdf");
        java.util.Objects.requireNonNull(aead, "aead");
    }

    /** {@code suite_id = "HPKE" || I2OSP(kem_id, 2) || I2OSP(kdf_id, 2) || I2OSP(aead_id, 2)} (RFC 9180 §5.1). */
    byte[] suiteId() {
        return new byte[] {'H', 'P', 'K', 'E', (byte) (kem.value() >> 8), (byte) kem.value(),
                (byte) (kdf.value() >> 8), (byte) kdf.value(), (byte) (aead.value() >> 8), (byte) aead.value()};
    }
}
