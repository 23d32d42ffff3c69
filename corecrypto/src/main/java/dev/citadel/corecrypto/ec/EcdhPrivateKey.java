package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;

/**
 * An ECDH private key (SP 800-56A rev. 3 ECC CDH) on P-256, P-384 or P-521.
 *
 * <h2>Security guarantees</h2>
 * Peers' points are validated before use (invalid-curve attacks fail with {@code INVALID_POINT});
 * generation runs a pairwise consistency test; redacted {@code toString}; {@link #close()} zeroises the
 * scalar held here.
 *
 * <h2>Does not</h2>
 * Derive keys: feed the {@link SharedSecret} to a KDF. Zeroise the JDK's short-lived key copies.
 */
public final class EcdhPrivateKey implements AutoCloseable {

    private final EcPrivateScalar key;

    private EcdhPrivateKey(EcPrivateScalar key) {
        this.key = key;
    }

    public static EcdhPrivateKey generate(EcCurve curve) {
        return generate(curve, RandomSource.system());
    }

    public static EcdhPrivateKey generate(EcCurve curve, RandomSource random) {
        return generate(curve, random, false);
    }

    /** Generates a key whose public point has a compact representation (CryptoKit {@code compactRepresentable}). */
    public static EcdhPrivateKey generateCompactRepresentable(EcCurve curve) {
        return generate(curve, RandomSource.system(), true);
    }

    private static EcdhPrivateKey generate(EcCurve curve, RandomSource random, boolean compact) {
        SelfTest.requireOperational();
        EcPrivateScalar scalar = EcPrivateScalar.fromEngine(curve, EcEngine.current().generate(curve, random));
        EcdhPrivateKey k = new EcdhPrivateKey(compact ? scalar.compactRepresentable() : scalar);
        // SP 800-56A §5.6.2.1.4: the public point recomputed from the scalar equals the generated one.
        PairwiseConsistency.require("ECDH", () -> {
            EcEngine.Point q = EcEngine.current().publicPoint(curve, k.key.scalarForEngine());
            return q.x().equals(k.key.publicPoint().x()) && q.y().equals(k.key.publicPoint().y());
        });
        return k;
    }

    public static EcdhPrivateKey fromRawScalar(EcCurve curve, byte[] scalar) {
        SelfTest.requireOperational();
        return new EcdhPrivateKey(EcPrivateScalar.fromRaw(curve, scalar));
    }

    public static EcdhPrivateKey fromPkcs8(byte[] der) {
        SelfTest.requireOperational();
        return new EcdhPrivateKey(EcPrivateScalar.fromPkcs8(der));
    }

    /** ANSI X9.63 {@code 04 || x || y || d} (CryptoKit {@code x963Representation}); the point must match d. */
    public static EcdhPrivateKey fromX963(EcCurve curve, byte[] encoded) {
        SelfTest.requireOperational();
        return new EcdhPrivateKey(EcPrivateScalar.fromX963(curve, encoded));
    }

    /** ANSI X9.63 {@code 04 || x || y || d}. */
    public byte[] revealX963(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return key.x963();
    }

    public EcCurve curve() {
        return key.curve();
    }

    public EcdhPublicKey publicKey() {
        return EcdhPublicKey.of(key.publicPoint());
    }

    /** The shared x-coordinate with {@code peer}; INVALID_KEY if the peer is on another curve. */
    public SharedSecret agree(EcdhPublicKey peer) {
        SelfTest.requireOperational();
        if (peer.curve() != key.curve()) {
            throw new InvalidInputException(Reason.INVALID_KEY, "peer key is on " + peer.curve() + ", not " + key.curve());
        }
        return SharedSecret.adopt(EcEngine.current().agree(key.curve(), key.scalarForEngine(), peer.point().enginePoint()));
    }

    public byte[] revealRawScalar(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return key.rawCopy();
    }

    public byte[] revealPkcs8(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return key.pkcs8();
    }

    @Override
    public void close() {
        key.close();
    }

    @Override
    public String toString() {
        return "EcdhPrivateKey[" + key.curve() + ", redacted]";
    }
}
