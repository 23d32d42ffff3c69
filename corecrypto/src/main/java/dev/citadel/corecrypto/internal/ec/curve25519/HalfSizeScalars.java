package dev.citadel.corecrypto.internal.ec.curve25519;

import java.math.BigInteger;

/**
 * Splits a verification challenge k into two half-size scalars (Pornin, "Optimized lattice basis
 * reduction in dimension 2, and fast Schnorr and EdDSA signature verification", 2020): v₀ ≡ v₁·k
 * (mod 8L) with |v₀|, |v₁| about 2^128 and v₁ odd. Verification then checks
 * [v₁·S mod L]B − [v₀]A − [v₁]R = 0 with 128 doublings instead of 253.
 *
 * <p>Why this decides exactly as the cofactorless equation E = [S]B − [k]A − R = 0: split A and R into
 * their order-L and torsion (order dividing 8) components. The order-L part of the check is [v₁]E_L
 * (v₀ ≡ v₁k mod L), zero exactly when E_L is (0 &lt; v₁ &lt; L). The torsion part is [v₁]E_t
 * (v₀ ≡ v₁k mod 8), zero exactly when E_t is (v₁ odd, so invertible mod 8). Hence the modulus 8L rather
 * than L, and the parity condition.
 *
 * <p>Method: the extended Euclidean algorithm on (8L, k) stopped half-way (rᵢ ≡ ±tᵢ·k, rᵢ·tᵢ₊₁ ≤ 8L), on
 * 32-bit limbs, quotients estimated in double precision. Public data only: variable time. Returns null
 * (the caller then verifies with the full-length scalars) when a quotient is too large to estimate, the
 * results are longer than {@link #MAX_BITS}, or, as a safety net, the congruence does not hold.
 */
final class HalfSizeScalars {

    /** The order 8L of the whole curve group. */
    static final BigInteger ORDER_8L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493")).shiftLeft(3);
    /** Longest accepted v₀, v₁; about 2^127.5 is typical, the rest is slack for unlucky parities. */
    static final int MAX_BITS = 136;

    private static final int LIMBS = 9;
    private static final long LIMB_MASK = 0xffffffffL;
    private static final double MAX_QUOTIENT = 0x1p30;
    private static final long[] N = toLimbs(ORDER_8L);

    /** The split: v₀ = (negative ? −1 : 1)·v0, v₁ = v1 (odd), both little-endian 32-byte magnitudes. */
    static final class Split {
        final byte[] v0;
        final boolean v0Negative;
        final byte[] v1;

        private Split(byte[] v0, boolean v0Negative, byte[] v1) {
            this.v0 = v0;
            this.v0Negative = v0Negative;
            this.v1 = v1;
        }
    }

    private HalfSizeScalars() {}

    /** The split of k (32 bytes little-endian, below L), or null (see the class comment). */
    static Split split(byte[] k) {
        long[] r0 = N.clone();
        long[] r1 = fromLittleEndian(k);
        long[] r2 = new long[LIMBS];
        long[] t0 = new long[LIMBS];
        long[] t1 = new long[LIMBS];
        long[] t2 = new long[LIMBS];
        t1[0] = 1;
        int s1 = 1; // r1 ≡ s1·t1·k and r0 ≡ −s1·t0·k (mod 8L)
        while (bitLength(r1) > 127) {
            double q = Math.floor(toDouble(r0) / toDouble(r1));
            if (q >= MAX_QUOTIENT) {
                return null;
            }
            long guess = Math.max(1, (long) q - 1); // never above the true quotient
            mulSub(r2, r0, guess, r1);
            mulAdd(t2, t0, guess, t1);
            while (compare(r2, r1) >= 0) {
                subtract(r2, r1);
                add(t2, t1);
            }
            long[] spare = r0;
            r0 = r1;
            r1 = r2;
            r2 = spare;
            spare = t0;
            t0 = t1;
            t1 = t2;
            t2 = spare;
            s1 = -s1;
        }
        long[] r = r1;
        long[] t = t1;
        int sign = s1;
        if ((t1[0] & 1) == 0) { // consecutive tᵢ are coprime: t0 is odd
            r = r0;
            t = t0;
            sign = -s1;
        }
        if (bitLength(r) > MAX_BITS || bitLength(t) > MAX_BITS) {
            return null;
        }
        byte[] v0 = toLittleEndian(r);
        byte[] v1 = toLittleEndian(t);
        BigInteger check = value(v0).multiply(BigInteger.valueOf(sign)).subtract(value(v1).multiply(value(k)));
        if (check.mod(ORDER_8L).signum() != 0) {
            return null; // cannot happen; the safety net keeps a bug here from deciding a signature
        }
        return new Split(v0, sign < 0, v1);
    }

    /** r = a − q·b, for 0 ≤ q·b ≤ a (q &lt; 2^30, limbs below 2^32). */
    private static void mulSub(long[] r, long[] a, long q, long[] b) {
        long carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = a[i] - q * b[i] + carry;
            r[i] = v & LIMB_MASK;
            carry = v >> 32;
        }
    }

    /** r = a + q·b. */
    private static void mulAdd(long[] r, long[] a, long q, long[] b) {
        long carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = a[i] + q * b[i] + carry;
            r[i] = v & LIMB_MASK;
            carry = v >>> 32;
        }
    }

    private static void subtract(long[] a, long[] b) {
        long borrow = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = a[i] - b[i] + borrow;
            a[i] = v & LIMB_MASK;
            borrow = v >> 32;
        }
    }

    private static void add(long[] a, long[] b) {
        long carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = a[i] + b[i] + carry;
            a[i] = v & LIMB_MASK;
            carry = v >>> 32;
        }
    }

    private static int compare(long[] a, long[] b) {
        for (int i = LIMBS - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return a[i] < b[i] ? -1 : 1;
            }
        }
        return 0;
    }

    private static int bitLength(long[] a) {
        for (int i = LIMBS - 1; i >= 0; i--) {
            if (a[i] != 0) {
                return 32 * i + 64 - Long.numberOfLeadingZeros(a[i]);
            }
        }
        return 0;
    }

    /** a as a double, from its top three limbs (53 significant bits are all a quotient estimate needs). */
    private static double toDouble(long[] a) {
        int top = LIMBS - 1;
        while (top > 0 && a[top] == 0) {
            top--;
        }
        double v = a[top];
        for (int i = top - 1; i >= Math.max(0, top - 2); i--) {
            v = v * 0x1p32 + a[i];
        }
        return Math.scalb(v, 32 * Math.max(0, top - 2));
    }

    private static long[] fromLittleEndian(byte[] b) {
        long[] a = new long[LIMBS];
        for (int i = 0; i < 32; i++) {
            a[i >>> 2] |= (long) (b[i] & 0xff) << (8 * (i & 3));
        }
        return a;
    }

    private static byte[] toLittleEndian(long[] a) {
        byte[] b = new byte[32];
        for (int i = 0; i < 32; i++) {
            b[i] = (byte) (a[i >>> 2] >>> (8 * (i & 3)));
        }
        return b;
    }

    private static long[] toLimbs(BigInteger v) {
        long[] a = new long[LIMBS];
        for (int i = 0; i < LIMBS; i++) {
            a[i] = v.shiftRight(32 * i).longValue() & LIMB_MASK;
        }
        return a;
    }

    private static BigInteger value(byte[] le) {
        byte[] be = new byte[le.length + 1];
        for (int i = 0; i < le.length; i++) {
            be[le.length - i] = le[i];
        }
        return new BigInteger(be);
    }
}
