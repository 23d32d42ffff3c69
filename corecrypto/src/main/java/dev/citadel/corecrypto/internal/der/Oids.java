package dev.citadel.corecrypto.internal.der;

/** Full DER encodings (tag, length, contents) of the object identifiers corecrypto reads and writes. */
public final class Oids {

    private Oids() {}

    /** RFC 5480 id-ecPublicKey 1.2.840.10045.2.1 */
    public static final byte[] EC_PUBLIC_KEY = DerWriter.hex("06072a8648ce3d0201");
    /** secp256r1 1.2.840.10045.3.1.7 */
    public static final byte[] SECP256R1 = DerWriter.hex("06082a8648ce3d030107");
    /** secp384r1 1.3.132.0.34 */
    public static final byte[] SECP384R1 = DerWriter.hex("06052b81040022");
    /** secp521r1 1.3.132.0.35 */
    public static final byte[] SECP521R1 = DerWriter.hex("06052b81040023");
    /** RFC 8410 id-X25519, id-X448, id-Ed25519, id-Ed448 */
    public static final byte[] X25519 = DerWriter.hex("06032b656e");
    public static final byte[] X448 = DerWriter.hex("06032b656f");
    public static final byte[] ED25519 = DerWriter.hex("06032b6570");
    public static final byte[] ED448 = DerWriter.hex("06032b6571");
    /** RFC 8017 rsaEncryption 1.2.840.113549.1.1.1 */
    public static final byte[] RSA_ENCRYPTION = DerWriter.hex("06092a864886f70d010101");
    /** NIST CSOR id-alg-ml-kem-512/768/1024 2.16.840.1.101.3.4.4.1–3 */
    public static final byte[] ML_KEM_512 = DerWriter.hex("0609608648016503040401");
    public static final byte[] ML_KEM_768 = DerWriter.hex("0609608648016503040402");
    public static final byte[] ML_KEM_1024 = DerWriter.hex("0609608648016503040403");
    /** NIST CSOR id-ml-dsa-44/65/87 2.16.840.1.101.3.4.3.17–19 */
    public static final byte[] ML_DSA_44 = DerWriter.hex("0609608648016503040311");
    public static final byte[] ML_DSA_65 = DerWriter.hex("0609608648016503040312");
    public static final byte[] ML_DSA_87 = DerWriter.hex("0609608648016503040313");

    /** SubjectPublicKeyInfo with an AlgorithmIdentifier of {@code oid} alone (RFC 8410, FIPS 203/204 style). */
    public static byte[] spki(byte[] oid, byte[] publicKey) {
        return DerWriter.sequence(DerWriter.sequence(oid), DerWriter.bitString(publicKey));
    }
}
