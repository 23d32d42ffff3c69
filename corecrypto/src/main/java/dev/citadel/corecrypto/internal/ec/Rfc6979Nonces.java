package dev.citadel.corecrypto.internal.ec;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.engine.MacEngine;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * ECDSA nonces from the HMAC-DRBG of RFC 6979 §3.2, for a group order whose bit length is a multiple of
 * eight (P-256, P-384). With {@code extraEntropy} it is the hedged variant of RFC 6979 §3.6: fresh random
 * bytes k' join the seed, so a broken RNG degrades to deterministic signing and a fault or a repeated
 * message does not repeat k with a good one.
 *
 * <p>Candidates are tested against [1, n) in constant time; only the rejection itself (probability below
 * 2^−32 for these orders) is visible, as RFC 6979 allows.
 */
public final class Rfc6979Nonces {

    private final MacEngine hmac;
    private final int qlenBytes;
    private final byte[] order;
    private byte[] k;
    private byte[] v;
    /** HMAC keyed with the current K (re-keyed only when K changes: keying is the expensive step). */
    private MacEngine.Keyed mac;

    /**
     * @param order the group order n, {@code qlenBytes} big-endian bytes
     * @param scalar the private scalar x, {@code qlenBytes} bytes (int2octets)
     * @param digest the message digest h1
     * @param extraEntropy k' (RFC 6979 §3.6), or an empty array for deterministic nonces
     */
    public Rfc6979Nonces(SignatureHash hash, BigInteger order, byte[] scalar, byte[] digest, byte[] extraEntropy) {
        this.hmac = Engines.hmac(HashAlgorithm.valueOf(hash.name()));
        this.qlenBytes = (order.bitLength() + 7) / 8;
        if (order.bitLength() % 8 != 0 || scalar.length != qlenBytes) {
            throw new IllegalArgumentException("order bit length must be a multiple of 8 and the scalar qlen bytes");
        }
        this.order = fixed(order, qlenBytes);
        byte[] h1 = bits2octets(digest, order);
        v = new byte[hmac.length()];
        Arrays.fill(v, (byte) 1);
        rekey(hmac.compute(new byte[hmac.length()], v, new byte[] {0}, scalar, h1, extraEntropy));
        v = mac.compute(v);
        rekey(mac.compute(v, new byte[] {1}, scalar, h1, extraEntropy));
        v = mac.compute(v);
    }

    private void rekey(byte[] newK) {
        if (k != null) {
            Arrays.fill(k, (byte) 0);
        }
        k = newK;
        mac = hmac.init(k);
    }

    /** The next candidate k in [1, n), {@code qlenBytes} big-endian bytes; call again if k was unusable. */
    public byte[] next() {
        while (true) {
            byte[] t = new byte[qlenBytes];
            int filled = 0;
            while (filled < qlenBytes) {
                v = mac.compute(v);
                int n = Math.min(v.length, qlenBytes - filled);
                System.arraycopy(v, 0, t, filled, n);
                filled += n;
            }
            boolean usable = inRange(t);
            rekey(mac.compute(v, new byte[] {0}));
            v = mac.compute(v);
            if (usable) {
                return t;
            }
            Arrays.fill(t, (byte) 0);
        }
    }

    /** 1 ≤ t < n, constant time up to the final answer. */
    private boolean inRange(byte[] t) {
        int borrow = 0;
        int nonzero = 0;
        for (int i = qlenBytes - 1; i >= 0; i--) {
            int d = (t[i] & 0xff) - (order[i] & 0xff) - borrow;
            borrow = (d >>> 31) & 1;
            nonzero |= t[i] & 0xff;
        }
        return (borrow & ((nonzero - 1) >>> 31 ^ 1)) == 1;
    }

    /** RFC 6979 §2.3.4: bits2int(h1) mod n as qlen bytes (the digest is public). */
    private static byte[] bits2octets(byte[] digest, BigInteger order) {
        return fixed(bits2int(digest, order.bitLength()).mod(order), (order.bitLength() + 7) / 8);
    }

    /** RFC 6979 §2.3.2 (and FIPS 186-5 §6.4.1): the leftmost qlen bits of the digest as an integer. */
    public static BigInteger bits2int(byte[] digest, int qlen) {
        BigInteger v = new BigInteger(1, digest);
        int blen = digest.length * 8;
        return blen > qlen ? v.shiftRight(blen - qlen) : v;
    }

    private static byte[] fixed(BigInteger v, int len) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[len];
        int n = Math.min(b.length, len);
        System.arraycopy(b, b.length - n, out, len - n, n);
        return out;
    }
}
