package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.internal.der.Oids;
import java.math.BigInteger;

/**
 * The NIST prime curves Citadel offers (FIPS 186-5, SP 800-186): short Weierstrass y² = x³ − 3x + b
 * over GF(p), cofactor 1. Domain parameters are the SEC 2 v2 values.
 */
public enum EcCurve {
    P_256(32,
            "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
            "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b",
            "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
            "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296",
            Oids.SECP256R1),
    P_384(48,
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff",
            "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef",
            "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973",
            "aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7",
            Oids.SECP384R1),
    P_521(66,
            "01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
            "0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00",
            "01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409",
            "00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66",
            Oids.SECP521R1);

    private final int coordinateLength;
    private final BigInteger p;
    private final BigInteger b;
    private final BigInteger n;
    private final BigInteger gx;
    private final byte[] oid;

    EcCurve(int coordinateLength, String p, String b, String n, String gx, byte[] oid) {
        this.coordinateLength = coordinateLength;
        this.p = new BigInteger(p, 16);
        this.b = new BigInteger(b, 16);
        this.n = new BigInteger(n, 16);
        this.gx = new BigInteger(gx, 16);
        this.oid = oid;
    }

    /** Bytes in one field element (and one private scalar): 32, 48, 66. */
    public int coordinateLength() {
        return coordinateLength;
    }

    /** The field prime. */
    public BigInteger p() {
        return p;
    }

    /** The curve coefficient b (a = −3 for every curve here). */
    public BigInteger b() {
        return b;
    }

    /** The order of the base point. */
    public BigInteger order() {
        return n;
    }

    /** The base point's x-coordinate (used by self-tests). */
    BigInteger generatorX() {
        return gx;
    }

    byte[] oidEncoding() {
        return oid.clone();
    }

    static EcCurve fromOid(byte[] oidEncoding) {
        for (EcCurve c : values()) {
            if (java.util.Arrays.equals(c.oid, oidEncoding)) {
                return c;
            }
        }
        return null;
    }
}
