package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.pem.Pem;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Private-key imports shared by ECDSA and ECDH keys: raw scalar, X9.63 ({@code 04||x||y||d}), PKCS#8, PEM. */
final class EcPrivateImport<K> {

    static final String PEM_LABEL = "PRIVATE KEY";

    private final BiFunction<EcCurve, byte[], K> fromRaw;
    private final Function<byte[], K> fromPkcs8;
    private final Function<K, EcCurve> curveOf;
    private final Function<K, EcPublicPoint> pointOf;

    EcPrivateImport(BiFunction<EcCurve, byte[], K> fromRaw, Function<byte[], K> fromPkcs8, Function<K, EcCurve> curveOf,
            Function<K, EcPublicPoint> pointOf) {
        this.fromRaw = fromRaw;
        this.fromPkcs8 = fromPkcs8;
        this.curveOf = curveOf;
        this.pointOf = pointOf;
    }

    K raw(EcCurve curve, byte[] scalar, SecretAccess access) {
        SecretAccess.require(access);
        EcPublicKeyBase.requireLength(scalar, curve.coordinateLength(), curve + " private scalar");
        return CoreFailures.call(() -> fromRaw.apply(curve, scalar));
    }

    /** CryptoKit's private {@code x963Representation}: {@code 04 || x || y || d}; the point must match d. */
    K x963(EcCurve curve, byte[] x963, SecretAccess access) {
        SecretAccess.require(access);
        int l = curve.coordinateLength();
        EcPublicKeyBase.requireLength(x963, 1 + 3 * l, curve + " X9.63 private key");
        EcPublicPoint claimed = EcPublicKeyBase.parseX963(curve, Arrays.copyOf(x963, 1 + 2 * l));
        byte[] d = Arrays.copyOfRange(x963, 1 + 2 * l, x963.length);
        try {
            K key = CoreFailures.call(() -> fromRaw.apply(curve, d));
            if (!pointOf.apply(key).equals(claimed)) {
                throw CryptoKitException.of(Reason.INVALID_KEY, "public point does not match the private scalar");
            }
            return key;
        } finally {
            Arrays.fill(d, (byte) 0);
        }
    }

    K der(EcCurve curve, byte[] pkcs8, SecretAccess access) {
        SecretAccess.require(access);
        K key = CoreFailures.call(() -> fromPkcs8.apply(pkcs8));
        if (curveOf.apply(key) != curve) {
            throw CryptoKitException.of(Reason.INVALID_KEY, "key is on " + curveOf.apply(key) + ", not " + curve);
        }
        return key;
    }

    K pem(EcCurve curve, String pem, SecretAccess access) {
        byte[] der = Pem.decode(pem, PEM_LABEL);
        try {
            return der(curve, der, access);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /**
     * The key itself if its public point has a compact representation, otherwise the key with scalar
     * n − d (public point −Q, whose y is the smaller root), as CryptoKit's
     * {@code compactRepresentable: true} does. The caller's key is closed when replaced.
     */
    K compactRepresentable(K key, java.util.function.Function<K, byte[]> rawScalar, EcCurve curve, AutoCloseable closer) {
        if (pointOf.apply(key).compactRepresentation().isPresent()) {
            return key;
        }
        byte[] d = rawScalar.apply(key);
        byte[] negated = dev.citadel.cryptokit.internal.material.Scalars.negate(d, curve.order(), curve.coordinateLength());
        try {
            closer.close();
            return CoreFailures.call(() -> fromRaw.apply(curve, negated));
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            Arrays.fill(d, (byte) 0);
            Arrays.fill(negated, (byte) 0);
        }
    }

    static byte[] x963Of(EcPublicPoint point, byte[] scalar) {
        byte[] pub = point.x963();
        byte[] out = Arrays.copyOf(pub, pub.length + scalar.length);
        System.arraycopy(scalar, 0, out, pub.length, scalar.length);
        Arrays.fill(scalar, (byte) 0);
        return out;
    }
}
