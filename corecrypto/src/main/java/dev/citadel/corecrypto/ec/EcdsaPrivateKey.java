package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.internal.jca.JcaSignatureHashes;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.internal.selftest.ModuleState;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SignatureHash;

/**
 * An ECDSA signing key (FIPS 186-5 §6) on P-256, P-384 or P-521.
 *
 * <h2>Security guarantees</h2>
 * Generation runs a pairwise consistency test before returning (d·G recomputed; in the FIPS approved mode
 * also a signature and its verification, see {@code CryptoProfile.fips140()}). Imported scalars must
 * lie in [1, n). Signing draws a fresh per-message secret from the {@link RandomSource}.
 * {@code toString} is redacted, {@code equals} is identity, {@link #close()} zeroises the scalar held
 * here.
 *
 * <h2>Does not</h2>
 * Zeroise the JDK's copies: each operation builds a short-lived JCA key object that holds the scalar
 * until garbage collection.
 */
public final class EcdsaPrivateKey implements AutoCloseable {

    private static final byte[] PCT_MESSAGE = "Citadel ECDSA pairwise consistency".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final EcPrivateScalar key;
    private final RandomSource random;

    private EcdsaPrivateKey(EcPrivateScalar key, RandomSource random) {
        this.key = key;
        this.random = random;
    }

    public static EcdsaPrivateKey generate(EcCurve curve) {
        return generate(curve, RandomSource.system());
    }

    /** Generates a key; {@code random} also supplies the per-signature secrets of this key. */
    public static EcdsaPrivateKey generate(EcCurve curve, RandomSource random) {
        return generate(curve, random, false);
    }

    /**
     * Generates a key whose public point has a compact representation
     * ({@link EcPublicPoint#compactRepresentation()}), as CryptoKit's {@code compactRepresentable: true}.
     */
    public static EcdsaPrivateKey generateCompactRepresentable(EcCurve curve) {
        return generate(curve, RandomSource.system(), true);
    }

    private static EcdsaPrivateKey generate(EcCurve curve, RandomSource random, boolean compact) {
        SelfTest.requireOperational();
        EcPrivateScalar scalar = EcPrivateScalar.fromEngine(curve, EcEngine.current().generate(curve, random));
        EcdsaPrivateKey k = new EcdsaPrivateKey(compact ? scalar.compactRepresentable() : scalar, random);
        // Every mode: SP 800-56A §5.6.2.1.4 — the public point recomputed from the scalar is the generated one.
        // The approved mode adds the sign/verify test FIPS 140-3 IG 10.3.A requires for signature key pairs;
        // it costs a signature and a verification (about 2.5x the generation itself), so the standard mode,
        // like BoringSSL's and OpenSSL's non-FIPS builds, does not run it.
        PairwiseConsistency.require("ECDSA", () -> {
            EcEngine.Point q = EcEngine.current().publicPoint(curve, k.key.scalarForEngine());
            if (!q.x().equals(k.key.publicPoint().x()) || !q.y().equals(k.key.publicPoint().y())) {
                return false;
            }
            if (!ModuleState.approvedMode()) {
                return true;
            }
            byte[] sig = k.sign(PCT_MESSAGE, SignatureHash.SHA_256, EcdsaSignatureEncoding.P1363);
            try {
                k.publicKey().verify(PCT_MESSAGE, sig, SignatureHash.SHA_256, EcdsaSignatureEncoding.P1363);
                return true;
            } catch (CryptoException e) {
                return false;
            }
        });
        return k;
    }

    /** A raw big-endian scalar of exactly {@code curve.coordinateLength()} bytes (copied). */
    public static EcdsaPrivateKey fromRawScalar(EcCurve curve, byte[] scalar) {
        SelfTest.requireOperational();
        return new EcdsaPrivateKey(EcPrivateScalar.fromRaw(curve, scalar), RandomSource.system());
    }

    /** PKCS#8 PrivateKeyInfo holding an RFC 5915 ECPrivateKey with a named curve. */
    public static EcdsaPrivateKey fromPkcs8(byte[] der) {
        SelfTest.requireOperational();
        return new EcdsaPrivateKey(EcPrivateScalar.fromPkcs8(der), RandomSource.system());
    }

    /** ANSI X9.63 {@code 04 || x || y || d} (CryptoKit {@code x963Representation}); the point must match d. */
    public static EcdsaPrivateKey fromX963(EcCurve curve, byte[] encoded) {
        SelfTest.requireOperational();
        return new EcdsaPrivateKey(EcPrivateScalar.fromX963(curve, encoded), RandomSource.system());
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

    public EcdsaPublicKey publicKey() {
        return EcdsaPublicKey.of(key.publicPoint());
    }

    /** Signs {@code message} hashed with {@code hash}. */
    public byte[] sign(byte[] message, SignatureHash hash, EcdsaSignatureEncoding encoding) {
        SelfTest.requireOperational();
        byte[] digest = JcaSignatureHashes.digest(hash, message);
        byte[] p1363 = EcEngine.current().signDigest(key.curve(), key.scalarForEngine(), digest, random);
        return EcdsaSignatures.fromP1363(key.curve(), p1363, encoding);
    }

    /**
     * Deterministic ECDSA (RFC 6979; FIPS 186-5 §6.3.2 "deterministic ECDSA"): the per-message secret is
     * derived from the key and the digest, so the same message always gives the same signature.
     */
    public byte[] signDeterministic(byte[] message, SignatureHash hash, EcdsaSignatureEncoding encoding) {
        SelfTest.requireOperational();
        byte[] digest = JcaSignatureHashes.digest(hash, message);
        byte[] p1363 = EcEngine.current().signDigestDeterministic(key.curve(), key.scalarForEngine(), hash, digest);
        return EcdsaSignatures.fromP1363(key.curve(), p1363, encoding);
    }

    /** The raw big-endian scalar (a copy). */
    public byte[] revealRawScalar(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return key.rawCopy();
    }

    /** PKCS#8 PrivateKeyInfo (RFC 5915 ECPrivateKey with the public key). */
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
        return "EcdsaPrivateKey[" + key.curve() + ", redacted]";
    }
}
