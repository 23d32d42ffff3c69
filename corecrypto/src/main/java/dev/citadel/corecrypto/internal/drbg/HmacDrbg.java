package dev.citadel.corecrypto.internal.drbg;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.engine.MacEngine;
import java.util.Arrays;

/**
 * The HMAC_DRBG mechanism of SP 800-90A Rev. 1 §10.1.2: the internal state (K, V, reseed_counter) and its
 * update, instantiate, reseed and generate algorithms, with entropy supplied by the caller. {@link Drbg}
 * adds the entropy source, prediction resistance and the reseed policy (the §9 functions). Not
 * thread-safe: one owner at a time.
 *
 * <h2>Security guarantees</h2>
 * Backtracking resistance (§10.1.2.5 step 6 updates K and V after every request); {@link #close()} zeroises
 * K and V.
 *
 * <h2>Does not</h2>
 * Check entropy lengths against the security strength (that is {@link Drbg}'s job), or count requests
 * beyond reporting {@link #reseedCounter()}.
 */
final class HmacDrbg implements AutoCloseable {

    private final MacEngine hmac;
    private final byte[] k;
    private final byte[] v;
    private MacEngine.Keyed keyed;
    private long reseedCounter;

    /** §10.1.2.3 HMAC_DRBG_Instantiate_algorithm: seed_material = entropy || nonce || personalization. */
    HmacDrbg(HashAlgorithm hash, byte[] entropy, byte[] nonce, byte[] personalization) {
        this.hmac = Engines.hmac(hash);
        this.k = new byte[hmac.length()]; // Key = 0x00 00...00
        this.v = new byte[hmac.length()];
        Arrays.fill(v, (byte) 0x01); // V = 0x01 01...01
        this.keyed = hmac.init(k);
        update(entropy, nonce, personalization);
        reseedCounter = 1;
    }

    /** §10.1.2.4 HMAC_DRBG_Reseed_algorithm: seed_material = entropy || additional_input. */
    void reseed(byte[] entropy, byte[] additionalInput) {
        update(entropy, additionalInput);
        reseedCounter = 1;
    }

    /**
     * §10.1.2.5 HMAC_DRBG_Generate_algorithm, without the reseed-required check (done by the caller,
     * which compares {@link #reseedCounter()} with its interval before calling).
     */
    void generate(byte[] out, byte[] additionalInput) {
        boolean hasAdditional = additionalInput != null && additionalInput.length > 0;
        if (hasAdditional) {
            update(additionalInput);
        }
        int off = 0;
        while (off < out.length) {
            byte[] next = keyed.compute(v);
            System.arraycopy(next, 0, v, 0, v.length);
            Arrays.fill(next, (byte) 0);
            int n = Math.min(v.length, out.length - off);
            System.arraycopy(v, 0, out, off, n);
            off += n;
        }
        if (hasAdditional) {
            update(additionalInput);
        } else {
            update();
        }
        reseedCounter++;
    }

    /** Requests served since the last (re)seeding, plus one (the spec's reseed_counter). */
    long reseedCounter() {
        return reseedCounter;
    }

    /** §10.1.2.2 HMAC_DRBG_Update over provided_data = the concatenation of {@code parts}. */
    private void update(byte[]... parts) {
        boolean provided = false;
        for (byte[] p : parts) {
            provided |= p != null && p.length > 0;
        }
        step((byte) 0x00, parts);
        if (provided) {
            step((byte) 0x01, parts);
        }
    }

    /** K = HMAC(K, V || separator || provided_data); V = HMAC(K, V). */
    private void step(byte separator, byte[]... parts) {
        byte[][] input = new byte[parts.length + 2][];
        input[0] = v;
        input[1] = new byte[] {separator};
        for (int i = 0; i < parts.length; i++) {
            input[i + 2] = parts[i] == null ? new byte[0] : parts[i];
        }
        byte[] newK = keyed.compute(input);
        System.arraycopy(newK, 0, k, 0, k.length);
        Arrays.fill(newK, (byte) 0);
        keyed = hmac.init(k);
        byte[] newV = keyed.compute(v);
        System.arraycopy(newV, 0, v, 0, v.length);
        Arrays.fill(newV, (byte) 0);
    }

    /** Zeroises K and V (best effort: the JDK's Mac holds its own copy of K until collected). */
    @Override
    public void close() {
        Arrays.fill(k, (byte) 0);
        Arrays.fill(v, (byte) 0);
        keyed = null;
        reseedCounter = Long.MAX_VALUE;
    }

    boolean isZeroised() {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0 || v[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
