package dev.citadel.cryptokit.keys;

/**
 * Key type and size together (Apple {@code kSecAttrKeyType} with {@code kSecAttrKeySizeInBits}).
 * RSA keys below 2048 bits are not offered (SP 800-131A).
 */
public enum KeyType {
    /** {@code kSecAttrKeyTypeECSECPrimeRandom}, 256 bits. */
    EC_P256(256),
    /** {@code kSecAttrKeyTypeECSECPrimeRandom}, 384 bits. */
    EC_P384(384),
    /** {@code kSecAttrKeyTypeECSECPrimeRandom}, 521 bits. */
    EC_P521(521),
    /** {@code kSecAttrKeyTypeRSA}, 2048 bits. */
    RSA_2048(2048),
    RSA_3072(3072),
    RSA_4096(4096),
    /** Ed25519 signatures (RFC 8032); not a SecKey type on Apple platforms. */
    ED25519(256),
    /** X25519 key agreement (RFC 7748); not a SecKey type on Apple platforms. */
    X25519(256);

    private final int sizeInBits;

    KeyType(int sizeInBits) {
        this.sizeInBits = sizeInBits;
    }

    public int sizeInBits() {
        return sizeInBits;
    }

    boolean isEc() {
        return this == EC_P256 || this == EC_P384 || this == EC_P521;
    }

    boolean isRsa() {
        return this == RSA_2048 || this == RSA_3072 || this == RSA_4096;
    }
}
