package dev.citadel.corecrypto.ec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SEC 1 §2.3.3/§2.3.4 point encodings, draft-jivsov compact form, RFC 5480 SPKI, and their validation. */
class EcPublicPointTest {

    private static Reason reasonOf(Runnable r) {
        try {
            r.run();
        } catch (CryptoException e) {
            return e.reason();
        }
        throw new AssertionError("no exception");
    }

    @ParameterizedTest
    @EnumSource(EcCurve.class)
    void everyEncodingRoundTrips(EcCurve curve) {
        for (int i = 0; i < 8; i++) {
            try (EcdhPrivateKey k = EcdhPrivateKey.generate(curve)) {
                EcPublicPoint p = k.publicKey().point();
                assertThat(EcPublicPoint.fromX963(curve, p.x963())).isEqualTo(p);
                assertThat(EcPublicPoint.fromCompressed(curve, p.compressed())).isEqualTo(p);
                assertThat(EcPublicPoint.fromSec1(curve, p.compressed())).isEqualTo(p);
                assertThat(EcPublicPoint.fromSpki(p.spki())).isEqualTo(p);
                p.compactRepresentation().ifPresentOrElse(
                        x -> assertThat(EcPublicPoint.fromCompact(curve, x)).isEqualTo(p),
                        () -> assertThat(EcPublicPoint.fromCompact(curve, Arrays.copyOfRange(p.x963(), 1, 1 + curve.coordinateLength())).y())
                                .isEqualTo(curve.p().subtract(p.y())));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EcCurve.class)
    void compactRepresentableKeysHaveACompactForm(EcCurve curve) {
        for (int i = 0; i < 8; i++) {
            try (EcdsaPrivateKey s = EcdsaPrivateKey.generateCompactRepresentable(curve);
                    EcdhPrivateKey a = EcdhPrivateKey.generateCompactRepresentable(curve)) {
                for (EcPublicPoint p : new EcPublicPoint[] {s.publicKey().point(), a.publicKey().point()}) {
                    assertThat(EcPublicPoint.fromCompact(curve, p.compactRepresentation().orElseThrow())).isEqualTo(p);
                }
            }
        }
    }

    @Test
    void offCurvePointIsInvalidPoint() {
        EcPublicPoint g = generator();
        assertThat(reasonOf(() -> EcPublicPoint.of(EcCurve.P_256, g.x(), g.y().add(BigInteger.ONE)))).isEqualTo(Reason.INVALID_POINT);
    }

    @Test
    void coordinateNotBelowPIsInvalidPoint() {
        EcPublicPoint g = generator();
        assertThat(reasonOf(() -> EcPublicPoint.of(EcCurve.P_256, g.x().add(EcCurve.P_256.p()), g.y()))).isEqualTo(Reason.INVALID_POINT);
        byte[] compressed = new byte[33];
        compressed[0] = 2;
        Arrays.fill(compressed, 1, 33, (byte) 0xff); // x = 2^256 − 1 > p
        assertThat(reasonOf(() -> EcPublicPoint.fromCompressed(EcCurve.P_256, compressed))).isEqualTo(Reason.INVALID_POINT);
    }

    @Test
    void pointAtInfinityIsInvalidPoint() {
        assertThat(reasonOf(() -> EcPublicPoint.fromX963(EcCurve.P_256, new byte[] {0}))).isEqualTo(Reason.INVALID_POINT);
    }

    @Test
    void spkiWithTrailingBytesIsRejected() {
        byte[] spki = generator().spki();
        byte[] longer = Arrays.copyOf(spki, spki.length + 1);
        assertThat(reasonOf(() -> EcPublicPoint.fromSpki(longer))).isEqualTo(Reason.TRAILING_BYTES);
    }

    @Test
    void wrongLengthEncodingIsInvalidEncoding() {
        byte[] x963 = generator().x963();
        assertThatThrownBy(() -> EcPublicPoint.fromX963(EcCurve.P_256, Arrays.copyOf(x963, 64)))
                .isInstanceOf(CryptoException.class)
                .extracting(e -> ((CryptoException) e).reason()).isEqualTo(Reason.INVALID_ENCODING);
    }

    /** The P-256 base point, as 1·G. */
    private static EcPublicPoint generator() {
        byte[] one = new byte[32];
        one[31] = 1;
        try (EcdsaPrivateKey k = EcdsaPrivateKey.fromRawScalar(EcCurve.P_256, one)) {
            assertThat(k.publicKey().point().x()).isEqualTo(EcCurve.P_256.generatorX());
            return k.publicKey().point();
        }
    }

    /**
     * P-256 decompression runs the engine's square-root chain; this checks it against the SEC 1 definition in
     * BigInteger arithmetic for random x (half have no point), both parities, and x just below and above p.
     */
    @Test
    void p256DecompressionAgreesWithTheDefinition() {
        BigInteger p = EcCurve.P_256.p();
        BigInteger b = EcCurve.P_256.b();
        java.util.Random random = new java.util.Random(256);
        int points = 0;
        int nonPoints = 0;
        for (int i = 0; i < 2000; i++) {
            BigInteger x = switch (i) {
                case 0 -> BigInteger.ZERO;
                case 1 -> p.subtract(BigInteger.ONE);
                case 2 -> p;
                default -> new BigInteger(256, random);
            };
            BigInteger rhs = x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(b).mod(p);
            BigInteger root = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
            boolean exists = x.compareTo(p) < 0 && root.multiply(root).mod(p).equals(rhs);
            for (int prefix = 2; prefix <= 3; prefix++) {
                byte[] encoded = new byte[33];
                encoded[0] = (byte) prefix;
                byte[] xb = x.toByteArray();
                int n = Math.min(xb.length, 32);
                System.arraycopy(xb, xb.length - n, encoded, 33 - n, n);
                if (exists) {
                    BigInteger y = root.testBit(0) == (prefix == 3) ? root : p.subtract(root).mod(p);
                    EcPublicPoint point = EcPublicPoint.fromCompressed(EcCurve.P_256, encoded);
                    assertThat(point.y()).as("x=%s prefix %d", x.toString(16), prefix).isEqualTo(y);
                    assertThat(point).isEqualTo(EcPublicPoint.of(EcCurve.P_256, x, y));
                } else {
                    assertThat(reasonOf(() -> EcPublicPoint.fromCompressed(EcCurve.P_256, encoded)))
                            .as("x=%s has no point", x.toString(16)).isEqualTo(Reason.INVALID_POINT);
                }
            }
            if (exists) {
                points++;
            } else {
                nonPoints++;
            }
        }
        assertThat(points).as("both branches exercised").isGreaterThan(800);
        assertThat(nonPoints).isGreaterThan(800);
    }
}
