package dev.citadel.corecrypto.internal.ec;

import java.math.BigInteger;

/**
 * Modular inversion for an odd modulus m by Bernstein and Yang's division steps ("Fast constant-time gcd
 * computation and modular inversion", TCHES 2019, §11-12), 30 steps per round on 30-bit signed limbs held
 * in {@code long}s, as libsecp256k1's {@code modinv32} organises them. Each round builds a 2 × 2 transition
 * matrix from the low limbs of f and g, then applies it to (f, g) and, reduced modulo m, to the Bézout
 * coefficients (d, e).
 *
 * <ul>
 *   <li>{@link #invert}: constant time. Always ⌈b/30⌉ rounds for the worst-case bound
 *       b = ⌊(49·bits + 80)/17⌋ of the paper's Theorem 11.2; every step is masks and additions.</li>
 *   <li>{@link #invertVartime}: for public values only. Skips runs of zero bits and stops when g = 0.</li>
 * </ul>
 *
 * <p>Values are little-endian arrays of {@link #limbs()} 30-bit limbs, each in [0, 2^30), below m. The
 * inverse of 0 is 0. Thread-safe (no state beyond the modulus).
 */
public final class SafeGcd {

    private static final long M30 = (1L << 30) - 1;
    /** INV256[i] = −(2i + 1)⁻¹ mod 256, for cancelling up to 8 low bits of g at once (variable time). */
    private static final byte[] INV256 = new byte[128];

    static {
        for (int i = 0; i < 128; i++) {
            int odd = 2 * i + 1;
            int inv = 1;
            for (int k = 0; k < 8; k++) {
                inv *= 2 - odd * inv; // Newton: doubles the correct low bits each time
            }
            INV256[i] = (byte) -inv;
        }
    }

    private final long[] modulus;
    private final long modulusInverse30;
    private final int limbs;
    private final int rounds;

    /** For an odd modulus m ≥ 3. */
    public SafeGcd(BigInteger m) {
        if (!m.testBit(0) || m.compareTo(BigInteger.valueOf(3)) < 0) {
            throw new IllegalArgumentException("modulus must be odd and at least 3");
        }
        int bits = m.bitLength();
        this.limbs = (bits + 2) / 30 + 1; // room for values in (−2m, m) with a sign
        this.modulus = fromBigInteger(m, limbs);
        this.modulusInverse30 = m.modInverse(BigInteger.ONE.shiftLeft(30)).longValue();
        int steps = bits >= 46 ? (49 * bits + 80) / 17 : (49 * bits + 57) / 17;
        this.rounds = (steps + 29) / 30;
    }

    /** The number of 30-bit limbs of a value. */
    public int limbs() {
        return limbs;
    }

    /** x⁻¹ mod m (0 for 0), constant time in x. */
    public long[] invert(long[] x) {
        long[] d = new long[limbs];
        long[] e = new long[limbs];
        e[0] = 1;
        long[] f = modulus.clone();
        long[] g = x.clone();
        long[] t = new long[4];
        int eta = -1;
        for (int i = 0; i < rounds; i++) {
            eta = divsteps(eta, (int) f[0], (int) g[0], t);
            updateDe(d, e, t);
            updateFg(f, g, t);
        }
        normalize(d, f[limbs - 1]);
        return d;
    }

    /** x⁻¹ mod m (0 for 0). VARIABLE TIME: public values only. */
    public long[] invertVartime(long[] x) {
        long[] d = new long[limbs];
        long[] e = new long[limbs];
        e[0] = 1;
        long[] f = modulus.clone();
        long[] g = x.clone();
        long[] t = new long[4];
        int eta = -1;
        while (!isZero(g)) {
            eta = divstepsVartime(eta, (int) f[0], (int) g[0], t);
            updateDe(d, e, t);
            updateFg(f, g, t);
        }
        normalize(d, f[limbs - 1]);
        return d;
    }

    private static boolean isZero(long[] a) {
        long or = 0;
        for (long l : a) {
            or |= l;
        }
        return or == 0;
    }

    /**
     * 30 division steps on the low bits of f (odd) and g, constant time: the transition matrix
     * (u v; q r) into t, the new eta returned. Arithmetic is mod 2^32 (Java int wrap-around); the matrix
     * entries stay within [−2^30, 2^30].
     */
    private static int divsteps(int eta, int f, int g, long[] t) {
        int u = 1, v = 0, q = 0, r = 1;
        for (int i = 0; i < 30; i++) {
            int negative = eta >> 31; // eta < 0
            int odd = -(g & 1); // g odd
            int x = (f ^ negative) - negative;
            int y = (u ^ negative) - negative;
            int z = (v ^ negative) - negative;
            g += x & odd;
            q += y & odd;
            r += z & odd;
            int swap = negative & odd;
            eta = (eta ^ swap) - (swap + 1);
            f += g & swap;
            u += q & swap;
            v += r & swap;
            g >>>= 1;
            u <<= 1;
            v <<= 1;
        }
        t[0] = u;
        t[1] = v;
        t[2] = q;
        t[3] = r;
        return eta;
    }

    /** The same 30 steps, variable time: zero bits of g are consumed in one shift, up to 8 bits cancelled at once. */
    private static int divstepsVartime(int eta, int f, int g, long[] t) {
        int u = 1, v = 0, q = 0, r = 1;
        int left = 30;
        while (true) {
            int zeros = Integer.numberOfTrailingZeros(g | (-1 << left));
            g >>>= zeros;
            u <<= zeros;
            v <<= zeros;
            eta -= zeros;
            left -= zeros;
            if (left == 0) {
                break;
            }
            if (eta < 0) {
                eta = -eta;
                int tmp = f;
                f = g;
                g = -tmp;
                tmp = u;
                u = q;
                q = -tmp;
                tmp = v;
                v = r;
                r = -tmp;
            }
            int limit = Math.min(eta + 1, left);
            int mask = (-1 >>> (32 - limit)) & 255;
            int w = (g * INV256[(f >>> 1) & 127]) & mask;
            g += f * w;
            q += u * w;
            r += v * w;
        }
        t[0] = u;
        t[1] = v;
        t[2] = q;
        t[3] = r;
        return eta;
    }

    /**
     * (d, e) ← (t/2^30)·(d, e) mod m, keeping both in (−2m, m): a multiple of m chosen so the low 30 bits
     * vanish is added before the division. Constant time.
     */
    private void updateDe(long[] d, long[] e, long[] t) {
        long u = t[0], v = t[1], q = t[2], r = t[3];
        long sd = d[limbs - 1] >> 63;
        long se = e[limbs - 1] >> 63;
        long md = (u & sd) + (v & se);
        long me = (q & sd) + (r & se);
        long di = d[0];
        long ei = e[0];
        long cd = u * di + v * ei;
        long ce = q * di + r * ei;
        md -= (modulusInverse30 * cd + md) & M30;
        me -= (modulusInverse30 * ce + me) & M30;
        cd += modulus[0] * md;
        ce += modulus[0] * me;
        cd >>= 30;
        ce >>= 30;
        for (int i = 1; i < limbs; i++) {
            di = d[i];
            ei = e[i];
            cd += u * di + v * ei + modulus[i] * md;
            ce += q * di + r * ei + modulus[i] * me;
            d[i - 1] = cd & M30;
            e[i - 1] = ce & M30;
            cd >>= 30;
            ce >>= 30;
        }
        d[limbs - 1] = cd;
        e[limbs - 1] = ce;
    }

    /** (f, g) ← (t/2^30)·(f, g); the low 30 bits of both products are zero by construction. */
    private void updateFg(long[] f, long[] g, long[] t) {
        long u = t[0], v = t[1], q = t[2], r = t[3];
        long fi = f[0];
        long gi = g[0];
        long cf = (u * fi + v * gi) >> 30;
        long cg = (q * fi + r * gi) >> 30;
        for (int i = 1; i < limbs; i++) {
            fi = f[i];
            gi = g[i];
            cf += u * fi + v * gi;
            cg += q * fi + r * gi;
            f[i - 1] = cf & M30;
            g[i - 1] = cg & M30;
            cf >>= 30;
            cg >>= 30;
        }
        f[limbs - 1] = cf;
        g[limbs - 1] = cg;
    }

    /** d in (−2m, m) to [0, m), negated when {@code signOfF} is negative (f = −1 at the end). Constant time. */
    private void normalize(long[] d, long signOfF) {
        long negative = d[limbs - 1] >> 63;
        for (int i = 0; i < limbs; i++) {
            d[i] += modulus[i] & negative;
        }
        long negate = signOfF >> 63;
        for (int i = 0; i < limbs; i++) {
            d[i] = (d[i] ^ negate) - negate;
        }
        carry(d);
        negative = d[limbs - 1] >> 63;
        for (int i = 0; i < limbs; i++) {
            d[i] += modulus[i] & negative;
        }
        carry(d);
    }

    private void carry(long[] d) {
        for (int i = 0; i < limbs - 1; i++) {
            d[i + 1] += d[i] >> 30;
            d[i] &= M30;
        }
    }

    /** A non-negative value below 2^(30·n) as n 30-bit limbs (for constants and tests; not constant time). */
    public static long[] fromBigInteger(BigInteger v, int n) {
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            r[i] = v.shiftRight(30 * i).longValue() & M30;
        }
        return r;
    }

    public static BigInteger toBigInteger(long[] a) {
        BigInteger v = BigInteger.ZERO;
        for (int i = a.length - 1; i >= 0; i--) {
            v = v.shiftLeft(30).add(BigInteger.valueOf(a[i]));
        }
        return v;
    }

    /**
     * Re-limbs a non-negative value: {@code in} holds limbs of {@code inBits} bits (each in range), the
     * result is {@code outLimbs} limbs of {@code outBits} bits. The branches depend on positions only, not
     * on the value (constant time); bits beyond the output's capacity are dropped.
     */
    public static long[] relimb(long[] in, int inBits, int outBits, int outLimbs) {
        long[] out = new long[outLimbs];
        long mask = outBits == 64 ? -1L : (1L << outBits) - 1;
        for (int o = 0; o < outLimbs; o++) {
            long v = 0;
            for (int i = 0; i < in.length; i++) {
                int pos = i * inBits - o * outBits; // where in[i]'s bit 0 lands in output limb o
                if (pos < 64 && pos + inBits > 0) {
                    v |= pos >= 0 ? in[i] << pos : in[i] >>> -pos; // in[i] ≥ 0 or a full 64-bit limb
                }
            }
            out[o] = v & mask;
        }
        return out;
    }
}
