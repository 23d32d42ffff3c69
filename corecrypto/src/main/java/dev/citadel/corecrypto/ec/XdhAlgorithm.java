package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.ec.EdwardsEngine;

/** RFC 7748 Diffie-Hellman functions on Montgomery curves. */
public enum XdhAlgorithm {
    X25519(32, EdwardsEngine.Curve.X25519, Oids.X25519),
    X448(56, EdwardsEngine.Curve.X448, Oids.X448);

    private final int keyLength;
    final EdwardsEngine.Curve engineCurve;
    final byte[] oid;

    XdhAlgorithm(int keyLength, EdwardsEngine.Curve engineCurve, byte[] oid) {
        this.keyLength = keyLength;
        this.engineCurve = engineCurve;
        this.oid = oid;
    }

    /** Length of private keys, public keys and shared secrets, in bytes. */
    public int keyLength() {
        return keyLength;
    }
}
