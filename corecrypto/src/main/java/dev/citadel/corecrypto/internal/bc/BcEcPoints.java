package dev.citadel.corecrypto.internal.bc;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** d·G on the NIST curves with BouncyCastle's lightweight (constant-time comb) multiplier. */
public final class BcEcPoints {

    private BcEcPoints() {}

    public static EcEngine.Point multiplyGenerator(EcCurve curve, byte[] scalar) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        X9ECParameters params = CustomNamedCurves.getByName(switch (curve) {
            case P_256 -> "P-256";
            case P_384 -> "P-384";
            case P_521 -> "P-521";
        });
        ECPoint q = new FixedPointCombMultiplier().multiply(params.getG(), new BigInteger(1, scalar)).normalize();
        return new EcEngine.Point(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
    }
}
