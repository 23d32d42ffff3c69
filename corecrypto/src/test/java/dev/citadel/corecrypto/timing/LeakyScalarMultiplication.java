package dev.citadel.corecrypto.timing;

import java.math.BigInteger;

/**
 * DELIBERATELY LEAKY, for the harness's own test only: textbook left-to-right double-and-add in affine
 * coordinates with {@link BigInteger}. It skips the leading zero bits (a loop bound that is the key's
 * length) and adds only for set bits (a branch on every key bit), and BigInteger's inversion is itself
 * variable time. A scalar with one set bit takes a tiny fraction of a random scalar's time.
 */
final class LeakyScalarMultiplication {

    private static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger THREE = BigInteger.valueOf(3);

    private LeakyScalarMultiplication() {}

    /** k·(x, y) on P-256; the point at infinity as null. */
    static BigInteger[] multiply(byte[] k, BigInteger[] point) {
        BigInteger scalar = new BigInteger(1, k);
        BigInteger[] acc = null;
        for (int i = scalar.bitLength() - 1; i >= 0; i--) {
            acc = add(acc, acc);
            if (scalar.testBit(i)) {
                acc = add(acc, point);
            }
        }
        return acc;
    }

    private static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        BigInteger lambda;
        if (a[0].equals(b[0])) {
            if (!a[1].equals(b[1]) || a[1].signum() == 0) {
                return null;
            }
            lambda = a[0].pow(2).multiply(THREE).subtract(THREE).multiply(a[1].shiftLeft(1).modInverse(P)).mod(P);
        } else {
            lambda = b[1].subtract(a[1]).multiply(b[0].subtract(a[0]).modInverse(P)).mod(P);
        }
        BigInteger x = lambda.pow(2).subtract(a[0]).subtract(b[0]).mod(P);
        BigInteger y = lambda.multiply(a[0].subtract(x)).subtract(a[1]).mod(P);
        return new BigInteger[] {x, y};
    }
}
