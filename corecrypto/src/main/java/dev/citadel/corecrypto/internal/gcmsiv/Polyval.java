package dev.citadel.corecrypto.internal.gcmsiv;

/**
 * POLYVAL (RFC 8452 §3): a GHASH-like universal hash over GF(2^128) with the polynomial
 * x^128 + x^127 + x^126 + x^121 + 1 and little-endian field elements, {@code dot(a, b) = a·b·x^-128}.
 *
 * <p>Constant time without tables: 64x64 carry-less products come from integer multiplications of
 * operands masked to every fourth bit (the "ctmul64" method of BearSSL's GHASH), combined by Karatsuba,
 * and reduced by two Montgomery folds. No secret-dependent branches or memory indices. Integer
 * multiplication is constant time on the x86-64 and AArch64 cores Citadel targets.
 */
final class Polyval {

    private final long hLo;
    private final long hHi;
    private long sLo;
    private long sHi;

    Polyval(byte[] h) {
        this.hLo = le64(h, 0);
        this.hHi = le64(h, 8);
    }

    /** Absorbs {@code data} zero-padded to a multiple of 16 bytes. */
    void updatePadded(byte[] data) {
        int whole = data.length & ~15;
        for (int off = 0; off < whole; off += 16) {
            update(le64(data, off), le64(data, off + 8));
        }
        if (whole < data.length) {
            byte[] last = java.util.Arrays.copyOfRange(data, whole, whole + 16); // zero-padded
            updateBlock(last);
            java.util.Arrays.fill(last, (byte) 0);
        }
    }

    void updateBlock(byte[] block) {
        update(le64(block, 0), le64(block, 8));
    }

    private void update(long lo, long hi) {
        long x0 = sLo ^ lo;
        long x1 = sHi ^ hi;
        // Karatsuba: three 64x64 carry-less products give the 256-bit product T = (t3, t2, t1, t0).
        long p0Lo = clmulLo(x0, hLo);
        long p0Hi = clmulHi(x0, hLo);
        long p1Lo = clmulLo(x1, hHi);
        long p1Hi = clmulHi(x1, hHi);
        long pmLo = clmulLo(x0 ^ x1, hLo ^ hHi) ^ p0Lo ^ p1Lo;
        long pmHi = clmulHi(x0 ^ x1, hLo ^ hHi) ^ p0Hi ^ p1Hi;
        long t0 = p0Lo;
        long t1 = p0Hi ^ pmLo;
        long t2 = p1Lo ^ pmHi;
        long t3 = p1Hi;
        // Montgomery reduction, T·x^-128 mod P: twice add w·P for the lowest word w (P = x^128 + x^127 +
        // x^126 + x^121 + 1 cancels w and adds w·(x^121 + x^126 + x^127 + x^128)), then drop that word.
        t1 ^= (t0 << 57) ^ (t0 << 62) ^ (t0 << 63);
        t2 ^= t0 ^ (t0 >>> 7) ^ (t0 >>> 2) ^ (t0 >>> 1);
        t2 ^= (t1 << 57) ^ (t1 << 62) ^ (t1 << 63);
        t3 ^= t1 ^ (t1 >>> 7) ^ (t1 >>> 2) ^ (t1 >>> 1);
        sLo = t2;
        sHi = t3;
    }

    /** Low 64 bits of the carry-less product, from integer products of 4-bit-spaced lanes (BearSSL bmul64). */
    static long clmulLo(long x, long y) {
        long x0 = x & 0x1111111111111111L;
        long x1 = x & 0x2222222222222222L;
        long x2 = x & 0x4444444444444444L;
        long x3 = x & 0x8888888888888888L;
        long y0 = y & 0x1111111111111111L;
        long y1 = y & 0x2222222222222222L;
        long y2 = y & 0x4444444444444444L;
        long y3 = y & 0x8888888888888888L;
        long z0 = (x0 * y0) ^ (x1 * y3) ^ (x2 * y2) ^ (x3 * y1);
        long z1 = (x0 * y1) ^ (x1 * y0) ^ (x2 * y3) ^ (x3 * y2);
        long z2 = (x0 * y2) ^ (x1 * y1) ^ (x2 * y0) ^ (x3 * y3);
        long z3 = (x0 * y3) ^ (x1 * y2) ^ (x2 * y1) ^ (x3 * y0);
        return (z0 & 0x1111111111111111L) | (z1 & 0x2222222222222222L) | (z2 & 0x4444444444444444L) | (z3 & 0x8888888888888888L);
    }

    /** High 64 bits (bit 127 is always 0): the low half of the bit-reversed operands' product, reversed. */
    static long clmulHi(long x, long y) {
        return Long.reverse(clmulLo(Long.reverse(x), Long.reverse(y))) >>> 1;
    }

    /** The 16-byte POLYVAL value. */
    byte[] digest() {
        byte[] out = new byte[16];
        putLe64(out, 0, sLo);
        putLe64(out, 8, sHi);
        return out;
    }

    static long le64(byte[] b, int off) {
        return (long) LE64.get(b, off);
    }

    static void putLe64(byte[] b, int off, long v) {
        LE64.set(b, off, v);
    }

    private static final java.lang.invoke.VarHandle LE64 =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
}
