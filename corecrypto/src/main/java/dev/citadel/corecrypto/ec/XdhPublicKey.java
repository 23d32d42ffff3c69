package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An X25519 or X448 public key: the RFC 7748 u-coordinate. Every byte string of the right length is
 * accepted, as RFC 7748 §5 requires (non-canonical values are reduced; small-order points are caught by
 * the all-zero check in {@link XdhPrivateKey#agree}).
 */
public final class XdhPublicKey {

    private final XdhAlgorithm algorithm;
    private final byte[] raw;

    private XdhPublicKey(XdhAlgorithm algorithm, byte[] raw) {
        this.algorithm = algorithm;
        this.raw = raw;
    }

    public static XdhPublicKey fromRaw(XdhAlgorithm algorithm, byte[] raw) {
        SelfTest.requireOperational();
        if (raw.length != algorithm.keyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, algorithm + " public key must be " + algorithm.keyLength() + " bytes");
        }
        return new XdhPublicKey(algorithm, raw.clone());
    }

    /** RFC 8410 SubjectPublicKeyInfo (parameters absent). */
    public static XdhPublicKey fromSpki(byte[] der) {
        SelfTest.requireOperational();
        DerReader outer = new DerReader(der);
        DerReader spki = outer.readSequence();
        outer.requireEnd();
        DerReader alg = spki.readSequence();
        byte[] oid = alg.readOid();
        alg.requireEnd();
        byte[] key = spki.readBitString();
        spki.requireEnd();
        for (XdhAlgorithm a : XdhAlgorithm.values()) {
            if (Arrays.equals(a.oid, oid)) {
                return fromRaw(a, key);
            }
        }
        throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an X25519 or X448 key");
    }

    public XdhAlgorithm algorithm() {
        return algorithm;
    }

    public byte[] raw() {
        return raw.clone();
    }

    byte[] rawForEngine() {
        return raw;
    }

    public byte[] spki() {
        return Oids.spki(algorithm.oid, raw);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XdhPublicKey other && algorithm == other.algorithm && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return 31 * algorithm.hashCode() + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "XdhPublicKey[" + algorithm + ", " + HexFormat.of().formatHex(raw) + "]";
    }
}
