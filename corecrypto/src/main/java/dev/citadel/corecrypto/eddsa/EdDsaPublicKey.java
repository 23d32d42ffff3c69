package dev.citadel.corecrypto.eddsa;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.bc.BcEdwardsPoints;
import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.jca.JcaEdwardsEngine;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An Ed25519 or Ed448 verification key (RFC 8032), raw or RFC 8410 SubjectPublicKeyInfo.
 *
 * <h2>Security guarantees</h2>
 * {@link #verify} returns only for a valid signature: S must be canonical (S &lt; L), R and A must decode
 * (RFC 8032 §5.1.7 / §5.2.7, cofactorless equation as the JDK implements it).
 */
public final class EdDsaPublicKey {

    private final EdDsaAlgorithm algorithm;
    private final byte[] raw;

    private EdDsaPublicKey(EdDsaAlgorithm algorithm, byte[] raw) {
        this.algorithm = algorithm;
        this.raw = raw;
    }

    public static EdDsaPublicKey fromRaw(EdDsaAlgorithm algorithm, byte[] raw) {
        SelfTest.requireOperational();
        if (raw.length != algorithm.keyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, algorithm + " public key must be " + algorithm.keyLength() + " bytes");
        }
        boolean onCurve = switch (algorithm) {
            case ED25519 -> BcEdwardsPoints.isEd25519Point(raw);
            case ED448 -> BcEdwardsPoints.isEd448Point(raw);
        };
        if (!onCurve) {
            // RFC 8032 §5.1.3 / §5.2.3 decoding fails: y ≥ p or no x exists for y.
            throw new InvalidInputException(Reason.INVALID_POINT, algorithm + " public key does not decode to a curve point");
        }
        return new EdDsaPublicKey(algorithm, raw.clone());
    }

    public static EdDsaPublicKey fromSpki(byte[] der) {
        SelfTest.requireOperational();
        DerReader outer = new DerReader(der);
        DerReader spki = outer.readSequence();
        outer.requireEnd();
        DerReader alg = spki.readSequence();
        byte[] oid = alg.readOid();
        alg.requireEnd(); // RFC 8410 §3: parameters MUST be absent
        byte[] key = spki.readBitString();
        spki.requireEnd();
        for (EdDsaAlgorithm a : EdDsaAlgorithm.values()) {
            if (Arrays.equals(a.oid, oid)) {
                return fromRaw(a, key);
            }
        }
        throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an Ed25519 or Ed448 key");
    }

    public EdDsaAlgorithm algorithm() {
        return algorithm;
    }

    public byte[] raw() {
        return raw.clone();
    }

    public byte[] spki() {
        return Oids.spki(algorithm.oid, raw);
    }

    /** Returns if {@code signature} is valid for {@code message}; throws INVALID_SIGNATURE otherwise. */
    public void verify(byte[] message, byte[] signature) {
        SelfTest.requireOperational();
        if (signature.length != algorithm.signatureLength()) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
        if (!JcaEdwardsEngine.verify(algorithm.engineCurve, raw, message, signature)) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EdDsaPublicKey other && algorithm == other.algorithm && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return 31 * algorithm.hashCode() + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "EdDsaPublicKey[" + algorithm + ", " + HexFormat.of().formatHex(raw) + "]";
    }
}
