package dev.citadel.corecrypto.timing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPublicKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The timing harness on a deliberately leaky scalar multiplication (it must flag it) and on the engine
 * Citadel ships ({@code EcEngine.current()} for P-256; the public X25519 and Ed25519 keys, whatever engine
 * sits behind them), whose |t| is reported and not gated: a shared build machine is too noisy for a sound
 * gate. Figures and how to reproduce: docs/crypto-engines.md, "Timing harness".
 *
 * <p>Fixed class: a scalar (or seed) with a single low bit set, the input a shortcutting implementation
 * handles fastest. Random class: uniform secrets.
 */
class ConstantTimeHarnessTest {

    private static final EcCurve P256 = EcCurve.P_256;
    private static final byte[] DIGEST = new byte[32];

    private final SplittableRandom rng = new SplittableRandom(2017);

    @Test
    void flagsAPlantedLeakyScalarMultiplication() {
        BigInteger[] g = {new BigInteger("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296", 16),
                new BigInteger("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5", 16)};
        ConstantTimeHarness.Result r = ConstantTimeHarness.measure("planted leak: double-and-add k·G",
                k -> LeakyScalarMultiplication.multiply(k, g), ONE::clone, this::randomScalar, 200, 1_000, 1);
        System.out.println(r.line());
        assertThat(r.maxAbsT()).as("the harness must see a scalar multiplication that branches on key bits")
                .isGreaterThan(10 * ConstantTimeHarness.T_THRESHOLD);
        assertThat(r.fixedMedianNanos()).isLessThan(r.randomMedianNanos());
    }

    @Test
    void welchsTIsZeroForIdenticalClassesAndLargeForSeparatedOnes() {
        long[] times = {10, 10, 10, 10, 20, 20, 20, 20};
        boolean[] split = {true, true, true, true, false, false, false, false};
        boolean[] mixed = {true, false, true, false, true, false, true, false};
        assertThat(ConstantTimeHarness.welch(new long[] {5, 6, 5, 6, 5, 6, 5, 6}, mixed, Long.MAX_VALUE)).isZero();
        long[] noisy = {10, 11, 9, 10, 20, 21, 19, 20};
        assertThat(Math.abs(ConstantTimeHarness.welch(noisy, split, Long.MAX_VALUE))).isGreaterThan(10);
        assertThat(ConstantTimeHarness.analyse("x", times, split).maxAbsT()).isZero(); // zero variance: no estimate
    }

    @Test
    void p256PublicPoint() {
        report(ConstantTimeHarness.measure("P-256 d·G (EcEngine.publicPoint)", k -> EcEngine.current().publicPoint(P256, k),
                ONE::clone, this::randomScalar, 2_000, 6_000, 2));
    }

    @Test
    void p256Agree() {
        EcEngine.Point peer = EcEngine.current().publicPoint(P256, randomScalar());
        report(ConstantTimeHarness.measure("P-256 ECDH (EcEngine.agree)", k -> EcEngine.current().agree(P256, k, peer),
                ONE::clone, this::randomScalar, 500, 2_000, 3));
    }

    @Test
    void p256Sign() {
        RandomSource random = RandomSource.system();
        report(ConstantTimeHarness.measure("P-256 ECDSA sign (EcEngine.signDigest)",
                d -> EcEngine.current().signDigest(P256, d, DIGEST, random), ONE::clone, this::randomScalar, 1_000, 4_000, 4));
    }

    @Test
    void x25519() {
        XdhPublicKey peer = XdhPrivateKey.generate(XdhAlgorithm.X25519).publicKey();
        // A fresh key object in both classes (see ed25519Sign).
        Supplier<XdhPrivateKey> fixed = () -> XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, lowBitSeed());
        Supplier<XdhPrivateKey> random = () -> XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, randomBytes());
        report(ConstantTimeHarness.measure("X25519 (XdhPrivateKey.agree)", k -> k.agree(peer).close(), fixed, random,
                500, 2_000, 5));
    }

    @Test
    void ed25519Sign() {
        byte[] message = new byte[64];
        // Both classes get a fresh key object per measurement: a key expands its seed (SHA-512) on first use,
        // so reusing one object for the fixed class only would time that first-use work, not the secret.
        Supplier<EdDsaPrivateKey> fixed = () -> EdDsaPrivateKey.fromRaw(EdDsaAlgorithm.ED25519, lowBitSeed());
        Supplier<EdDsaPrivateKey> random = () -> EdDsaPrivateKey.fromRaw(EdDsaAlgorithm.ED25519, randomBytes());
        report(ConstantTimeHarness.measure("Ed25519 sign (EdDsaPrivateKey.sign)", k -> k.sign(message), fixed, random,
                500, 2_000, 6));
    }

    private static void report(ConstantTimeHarness.Result r) {
        System.out.println(r.line());
        assertThat(r.maxAbsT()).isFinite();
        assertThat(r.fixedMedianNanos()).isPositive();
        assertThat(r.randomMedianNanos()).isPositive();
    }

    private static final byte[] ONE = scalarOne();

    private static byte[] scalarOne() {
        byte[] k = new byte[32];
        k[31] = 1;
        return k;
    }

    private static byte[] lowBitSeed() {
        byte[] k = new byte[32];
        k[0] = 1;
        return k;
    }

    private byte[] randomScalar() {
        byte[] k = randomBytes();
        k[0] &= 0x7f; // below n
        k[31] |= 1; // never zero
        return k;
    }

    private byte[] randomBytes() {
        byte[] k = new byte[32];
        rng.nextBytes(k);
        return k;
    }
}
