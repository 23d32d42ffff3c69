package dev.citadel.corecrypto.internal.der;

import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * RFC 8410 §7 private keys for X25519, X448, Ed25519 and Ed448: a PKCS#8 / RFC 5958 OneAsymmetricKey
 * whose privateKey holds {@code CurvePrivateKey ::= OCTET STRING}. Attributes are refused (Citadel never
 * writes them); an optional version-2 public key is returned for the caller to check.
 */
public final class Rfc8410Keys {

    private Rfc8410Keys() {}

    /** A parsed key: the algorithm OID encoding, the raw private key, and the embedded public key or null. */
    public record Parsed(Bytes oid, Bytes privateKey, Bytes publicKey) {}

    /** An immutable byte string (records must not hold arrays). */
    public static final class Bytes {
        private final byte[] value;

        Bytes(byte[] value) {
            this.value = value;
        }

        public byte[] toArray() {
            return value.clone();
        }

        public boolean equalsArray(byte[] other) {
            return Arrays.equals(value, other);
        }

        @Override
        public String toString() {
            return "Bytes[" + value.length + "]";
        }
    }

    public static Parsed parse(byte[] der) {
        DerReader outer = new DerReader(der);
        DerReader info = outer.readSequence();
        outer.requireEnd();
        int version = info.readSmallInteger();
        if (version != 0 && version != 1) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "OneAsymmetricKey version must be v1 (0) or v2 (1)");
        }
        DerReader alg = info.readSequence();
        byte[] oid = alg.readOid();
        alg.requireEnd(); // RFC 8410 §3: parameters MUST be absent
        DerReader curvePrivateKey = new DerReader(info.readOctetString());
        byte[] key = curvePrivateKey.readOctetString();
        curvePrivateKey.requireEnd();
        byte[] publicKey = null;
        if (info.hasMore() && info.peekTag() == 0x81 && version == 1) {
            byte[] c = info.read(0x81).rest(); // [1] IMPLICIT BIT STRING
            if (c.length == 0 || c[0] != 0) {
                throw new InvalidInputException(Reason.INVALID_ENCODING, "public key BIT STRING with unused bits");
            }
            publicKey = Arrays.copyOfRange(c, 1, c.length);
        }
        info.requireEnd();
        return new Parsed(new Bytes(oid), new Bytes(key), publicKey == null ? null : new Bytes(publicKey));
    }

    /** Version-1 OneAsymmetricKey (no public key, no attributes), as OpenSSL and the JDK write it. */
    public static byte[] encode(byte[] oid, byte[] privateKey) {
        return DerWriter.sequence(DerWriter.integer(BigInteger.ZERO), DerWriter.sequence(oid),
                DerWriter.octetString(DerWriter.octetString(privateKey)));
    }
}
