package dev.citadel.corecrypto.internal.bc;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.math.ec.rfc8032.Ed448;

/** RFC 8032 §5.1.3 / §5.2.3 point decoding as a validity check: the JDK decodes only while verifying. */
public final class BcEdwardsPoints {

    private BcEdwardsPoints() {}

    /** Whether {@code publicKey} decodes to a point on edwards25519 (y &lt; p, x exists). */
    public static boolean isEd25519Point(byte[] publicKey) {
        return Ed25519.validatePublicKeyPartial(publicKey, 0);
    }

    /** Whether {@code publicKey} decodes to a point on edwards448. */
    public static boolean isEd448Point(byte[] publicKey) {
        return Ed448.validatePublicKeyPartial(publicKey, 0);
    }
}
