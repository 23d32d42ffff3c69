package dev.citadel.cryptokit.keys;

/**
 * The algorithms a {@link SecKey} performs, named after Apple's {@code kSecKeyAlgorithm…} constants.
 *
 * <p>ECIES (Apple's wire format, {@code SecKey.h}): {@code ephemeralPublicKey (X9.63) || ciphertext || tag (16)}.
 * The ECDH shared secret Z goes through the ANSI X9.63 KDF with SHA-256 and {@code sharedInfo} = the
 * ephemeral public key. The AES key is 128 bits for curves of at most 256 bits (P-256) and 256 bits
 * for larger ones (P-384, P-521). {@code VARIABLE_IV}: the KDF output is {@code key || IV} with a 16-byte
 * IV (32 bytes for P-256, 48 for P-384/P-521); otherwise the IV is 16 zero bytes (safe only because the
 * key is fresh per message). AES-GCM with a 16-byte IV (hashed into J0, SP 800-38D §7.1), no
 * associated data, 16-byte tag. COFACTOR and STANDARD variants coincide on the NIST curves (cofactor 1).
 */
public enum KeyAlgorithm {
    /** ECDSA over SHA-256 of the message, X9.62 DER signature. */
    ECDSA_SIGNATURE_MESSAGE_X962_SHA256(Kind.SIGNATURE),
    ECDSA_SIGNATURE_MESSAGE_X962_SHA384(Kind.SIGNATURE),
    ECDSA_SIGNATURE_MESSAGE_X962_SHA512(Kind.SIGNATURE),
    /** RSASSA-PSS, MGF1 with the same hash, salt length = hash length. */
    RSA_SIGNATURE_MESSAGE_PSS_SHA256(Kind.SIGNATURE),
    RSA_SIGNATURE_MESSAGE_PSS_SHA384(Kind.SIGNATURE),
    RSA_SIGNATURE_MESSAGE_PSS_SHA512(Kind.SIGNATURE),
    /** RSASSA-PKCS1-v1_5. */
    RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256(Kind.SIGNATURE),
    RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA384(Kind.SIGNATURE),
    RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA512(Kind.SIGNATURE),
    /** Ed25519 (RFC 8032), 64-byte signature. */
    ED25519(Kind.SIGNATURE),
    /** RSAES-OAEP with SHA-256 and MGF1-SHA-256, empty label. */
    RSA_ENCRYPTION_OAEP_SHA256(Kind.ENCRYPTION),
    ECIES_ENCRYPTION_STANDARD_X963_SHA256_AESGCM(Kind.ENCRYPTION),
    ECIES_ENCRYPTION_COFACTOR_X963_SHA256_AESGCM(Kind.ENCRYPTION),
    ECIES_ENCRYPTION_STANDARD_VARIABLE_IV_X963_SHA256_AESGCM(Kind.ENCRYPTION),
    ECIES_ENCRYPTION_COFACTOR_VARIABLE_IV_X963_SHA256_AESGCM(Kind.ENCRYPTION),
    /** Raw ECDH (or X25519) output. */
    ECDH_KEY_EXCHANGE_STANDARD(Kind.KEY_EXCHANGE),
    ECDH_KEY_EXCHANGE_COFACTOR(Kind.KEY_EXCHANGE),
    /** ECDH then the X9.63 KDF with SHA-256 ({@link KeyExchangeParameters} gives size and sharedInfo). */
    ECDH_KEY_EXCHANGE_STANDARD_X963_SHA256(Kind.KEY_EXCHANGE),
    ECDH_KEY_EXCHANGE_COFACTOR_X963_SHA256(Kind.KEY_EXCHANGE);

    enum Kind { SIGNATURE, ENCRYPTION, KEY_EXCHANGE }

    private final Kind kind;

    KeyAlgorithm(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    boolean isEcies() {
        return name().startsWith("ECIES_");
    }

    boolean variableIv() {
        return name().contains("VARIABLE_IV");
    }
}
