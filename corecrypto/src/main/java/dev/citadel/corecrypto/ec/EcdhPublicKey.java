package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.SelfTest;
/**
 * An ECDH public key (SP 800-56A rev. 3) on P-256, P-384 or P-521. The point is fully validated
 * (SP 800-56A §5.6.2.3.3) by {@link EcPublicPoint} before any agreement can use it.
 */
public final class EcdhPublicKey {

    private final EcPublicPoint point;

    private EcdhPublicKey(EcPublicPoint point) {
        this.point = point;
    }

    public static EcdhPublicKey of(EcPublicPoint point) {
        SelfTest.requireOperational();
        return new EcdhPublicKey(point);
    }

    public static EcdhPublicKey fromSpki(byte[] der) {
        SelfTest.requireOperational();
        return new EcdhPublicKey(EcPublicPoint.fromSpki(der));
    }

    public EcPublicPoint point() {
        return point;
    }

    public EcCurve curve() {
        return point.curve();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EcdhPublicKey other && point.equals(other.point);
    }

    @Override
    public int hashCode() {
        return point.hashCode();
    }

    @Override
    public String toString() {
        return "EcdhPublicKey[" + point + "]";
    }
}
