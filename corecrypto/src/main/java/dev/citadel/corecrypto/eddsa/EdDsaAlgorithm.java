package dev.citadel.corecrypto.eddsa;

import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.ec.EdwardsEngine;

/** RFC 8032 PureEdDSA instances. */
public enum EdDsaAlgorithm {
    ED25519(32, 64, EdwardsEngine.Curve.ED25519, Oids.ED25519),
    ED448(57, 114, EdwardsEngine.Curve.ED448, Oids.ED448);

    private final int keyLength;
    private final int signatureLength;
    final EdwardsEngine.Curve engineCurve;
    final byte[] oid;

    EdDsaAlgorithm(int keyLength, int signatureLength, EdwardsEngine.Curve engineCurve, byte[] oid) {
        this.keyLength = keyLength;
        this.signatureLength = signatureLength;
        this.engineCurve = engineCurve;
        this.oid = oid;
    }

    /** Length of both the private key (seed) and the public key, in bytes. */
    public int keyLength() {
        return keyLength;
    }

    public int signatureLength() {
        return signatureLength;
    }
}
