package dev.citadel.corecrypto.eddsa;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.ec.EdwardsEngine;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An Ed25519 or Ed448 verification key (RFC 8032), raw or RFC 8410 SubjectPublicKeyInfo.
 *
 * <h2>Security guarantees</h2>
 * {@link #verify} returns only for a valid signature: S must be canonical (S &lt; L), R and A must decode
 * (RFC 8032 §5.1.7 / §5.2.7, cofactorless equation as the JDK implements it). A key that does not decode
 * to a curve point is refused at import ({@code INVALID_POINT}); the decoded point is kept for verification.
 */
public final class EdDsaPublicKey {

    private final EdDsaAlgorithm algorithm;
    private final byte[] raw;
    private final EdwardsEngine.Verifier verifier;

    private EdDsaPublicKey(EdDsaAlgorithm algorithm, byte[] raw, EdwardsEngine.Verifier verifier) {
        this.algorithm = algorithm;
        this.raw = raw;
        this.verifier = verifier;
    }

    public static EdDsaPublicKey fromRaw(EdDsaAlgorithm algorithm, byte[] raw) {
        SelfTest.requireOperational();
        if (raw.length != algorithm.keyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, algorithm + " public key must be " + algorithm.keyLength() + " bytes");
        }
        byte[] copy = raw.clone();
        // RFC 8032 §5.1.3 / §5.2.3 decoding fails: y ≥ p or no x exists for y.
        EdwardsEngine.Verifier verifier = EdwardsEngine.current().verifier(algorithm.engineCurve, copy)
                .orElseThrow(() -> new InvalidInputException(Reason.INVALID_POINT, algorithm + " public key does not decode to a curve point"));
        return new EdDsaPublicKey(algorithm, copy, verifier);
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

    byte[] rawForEngine() {
        return raw;
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
        if (!verifier.verify(message, signature)) {
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
