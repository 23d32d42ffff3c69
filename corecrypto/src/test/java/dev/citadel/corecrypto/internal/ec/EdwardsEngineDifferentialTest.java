package dev.citadel.corecrypto.internal.ec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.internal.ec.EdwardsEngine.Curve;
import dev.citadel.corecrypto.internal.jca.JcaEdwardsEngine;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

/**
 * Citadel's Ed25519 and X25519 ({@link FastEdwardsEngine}) against the JDK engine (SunEC) and
 * BouncyCastle's lightweight {@code rfc8032.Ed25519} / {@code rfc7748.X25519}, on random and edge-case
 * keys, messages and u-coordinates, in both directions.
 */
class EdwardsEngineDifferentialTest {

    private static final EdwardsEngine FAST = FastEdwardsEngine.INSTANCE;
    private static final EdwardsEngine JDK = JcaEdwardsEngine.INSTANCE;
    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    private static final HexFormat HEX = HexFormat.of();

    private final SplittableRandom rng = new SplittableRandom(0x2551_9_2026L);

    private byte[] random(int length) {
        byte[] b = new byte[length];
        rng.nextBytes(b);
        return b;
    }

    /** All zeros, all ones, single high and low bits, alternating bits, then random 32-byte strings. */
    private List<byte[]> keys() {
        List<byte[]> out = new ArrayList<>();
        out.add(new byte[32]);
        byte[] ones = new byte[32];
        Arrays.fill(ones, (byte) 0xff);
        out.add(ones);
        for (int[] bit : new int[][] {{0, 0x01}, {31, 0x80}, {31, 0x40}, {0, 0x08}, {16, 0x10}}) {
            byte[] k = new byte[32];
            k[bit[0]] = (byte) bit[1];
            out.add(k);
        }
        byte[] alternating = new byte[32];
        Arrays.fill(alternating, (byte) 0x55);
        out.add(alternating);
        for (int i = 0; i < 40; i++) {
            out.add(random(32));
        }
        return out;
    }

    private byte[] message(int i) {
        int[] lengths = {0, 1, 31, 32, 63, 64, 65, 127, 128, 255, 1000, 4096};
        return random(i < lengths.length ? lengths[i] : rng.nextInt(300));
    }

    @Test
    void ed25519PublicKeysAgreeWithJdkAndBouncyCastle() {
        for (byte[] seed : keys()) {
            byte[] bc = new byte[32];
            Ed25519.generatePublicKey(seed, 0, bc, 0);
            byte[] fast = FAST.publicKey(Curve.ED25519, seed);
            assertThat(fast).as(HEX.formatHex(seed)).isEqualTo(JDK.publicKey(Curve.ED25519, seed)).isEqualTo(bc);
        }
    }

    @Test
    void ed25519SignaturesAreIdenticalAndVerifyAcrossEnginesBothWays() {
        List<byte[]> seeds = keys();
        for (int i = 0; i < seeds.size(); i++) {
            byte[] seed = seeds.get(i);
            byte[] pk = JDK.publicKey(Curve.ED25519, seed);
            byte[] msg = message(i);
            byte[] fastSig = FAST.sign(Curve.ED25519, seed, pk, msg);
            byte[] bcSig = new byte[64];
            Ed25519.sign(seed, 0, msg, 0, msg.length, bcSig, 0);
            assertThat(fastSig).isEqualTo(JDK.sign(Curve.ED25519, seed, pk, msg)).isEqualTo(bcSig);
            EdwardsEngine.Verifier fast = FAST.verifier(Curve.ED25519, pk).orElseThrow();
            EdwardsEngine.Verifier jdk = JDK.verifier(Curve.ED25519, pk).orElseThrow();
            assertThat(fast.verify(msg, bcSig)).isTrue();
            assertThat(jdk.verify(msg, fastSig)).isTrue();
            assertThat(Ed25519.verify(fastSig, 0, pk, 0, msg, 0, msg.length)).isTrue();
            // one flipped bit in the signature or the message: every engine refuses
            byte[] badSig = fastSig.clone();
            badSig[rng.nextInt(64)] ^= (byte) (1 << rng.nextInt(8));
            assertThat(fast.verify(msg, badSig)).isFalse();
            assertThat(jdk.verify(msg, badSig)).isFalse();
            assertThat(Ed25519.verify(badSig, 0, pk, 0, msg, 0, msg.length)).isFalse();
            byte[] badMsg = Arrays.copyOf(msg, msg.length + (msg.length == 0 ? 1 : 0));
            badMsg[rng.nextInt(badMsg.length)] ^= (byte) (1 << rng.nextInt(8));
            assertThat(fast.verify(badMsg, fastSig)).isFalse();
            assertThat(jdk.verify(badMsg, fastSig)).isFalse();
        }
    }

    @Test
    void ed25519NonCanonicalSIsRefusedLikeTheJdk() {
        byte[] seed = random(32);
        byte[] pk = JDK.publicKey(Curve.ED25519, seed);
        byte[] msg = random(20);
        byte[] sig = FAST.sign(Curve.ED25519, seed, pk, msg);
        BigInteger l = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
        BigInteger s = new BigInteger(1, reverse(Arrays.copyOfRange(sig, 32, 64)));
        EdwardsEngine.Verifier fast = FAST.verifier(Curve.ED25519, pk).orElseThrow();
        EdwardsEngine.Verifier jdk = JDK.verifier(Curve.ED25519, pk).orElseThrow();
        for (BigInteger bad : List.of(s.add(l), l, s.add(l.shiftLeft(2)), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE))) {
            byte[] forged = sig.clone();
            System.arraycopy(reverse(fixed(bad)), 0, forged, 32, 32);
            assertThat(fast.verify(msg, forged)).as(bad.toString(16)).isFalse();
            assertThat(jdk.verify(msg, forged)).isFalse();
        }
    }

    /** Random strings (about half decode), every y ≥ p, y = 0, ±1 with either sign bit, and the order-8 points. */
    @Test
    void ed25519PublicKeyImportDecisionsMatchTheJdkEngine() {
        List<byte[]> encodings = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            encodings.add(random(32));
        }
        for (int d = -1; d < 19; d++) { // y = p − 1 and p + d for d = 0..18 (every non-canonical y)
            encodings.add(reverse(fixed(P.add(BigInteger.valueOf(d)))));
        }
        for (String hex : List.of("0000000000000000000000000000000000000000000000000000000000000000",
                "0100000000000000000000000000000000000000000000000000000000000000",
                "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
                "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")) {
            encodings.add(HEX.parseHex(hex));
        }
        int accepted = 0;
        for (byte[] base : encodings) {
            for (int sign = 0; sign < 2; sign++) {
                byte[] e = base.clone();
                e[31] = (byte) ((e[31] & 0x7f) | (sign << 7));
                boolean fast = FAST.verifier(Curve.ED25519, e).isPresent();
                assertThat(fast).as(HEX.formatHex(e)).isEqualTo(JDK.verifier(Curve.ED25519, e).isPresent());
                accepted += fast ? 1 : 0;
            }
        }
        assertThat(accepted).as("random strings decode about half the time").isBetween(1500, 2500);
    }

    @Test
    void x25519PublicKeysAgreeWithJdkAndBouncyCastle() {
        for (byte[] k : keys()) {
            byte[] bc = new byte[32];
            X25519.scalarMultBase(k, 0, bc, 0);
            assertThat(FAST.publicKey(Curve.X25519, k)).as(HEX.formatHex(k)).isEqualTo(JDK.publicKey(Curve.X25519, k)).isEqualTo(bc);
        }
    }

    /** Peer u: random, with bit 255 set, 0, 1, p − 1, p, p + 1, 2^255 − 1, 2^256 − 1, and small-order points. */
    @Test
    void x25519SharedSecretsAgreeWithJdkAndBouncyCastle() {
        List<byte[]> us = new ArrayList<>();
        for (BigInteger v : List.of(BigInteger.ZERO, BigInteger.ONE, P.subtract(BigInteger.ONE), P, P.add(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE),
                BigInteger.valueOf(9), P.add(BigInteger.valueOf(9)))) {
            us.add(reverse(fixed(v)));
        }
        us.add(HEX.parseHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")); // order 8
        us.add(HEX.parseHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157")); // order 8
        for (int i = 0; i < 30; i++) {
            byte[] u = random(32);
            if (i % 3 == 0) {
                u[31] |= (byte) 0x80; // RFC 7748 §5: masked
            }
            us.add(u);
        }
        List<byte[]> ks = keys();
        for (int i = 0; i < us.size(); i++) {
            byte[] k = ks.get(i % ks.size());
            byte[] u = us.get(i);
            byte[] bc = new byte[32];
            X25519.scalarMult(k, 0, u, 0, bc, 0);
            byte[] fast = FAST.agree(Curve.X25519, k, u);
            assertThat(fast).as("k=%s u=%s", HEX.formatHex(k), HEX.formatHex(u)).isEqualTo(JDK.agree(Curve.X25519, k, u)).isEqualTo(bc);
        }
    }

    @Test
    void x25519KeyAgreementIsSymmetric() {
        for (int i = 0; i < 20; i++) {
            byte[] a = random(32);
            byte[] b = random(32);
            byte[] ab = FAST.agree(Curve.X25519, a, FAST.publicKey(Curve.X25519, b));
            assertThat(ab).isEqualTo(FAST.agree(Curve.X25519, b, FAST.publicKey(Curve.X25519, a)))
                    .isEqualTo(JDK.agree(Curve.X25519, a, JDK.publicKey(Curve.X25519, b)));
        }
    }

    private static byte[] fixed(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }
}
