package dev.citadel.corecrypto.internal.keccak;

import dev.citadel.corecrypto.internal.engine.XofEngine;

/**
 * Citadel's own SHAKE128 / SHAKE256 (FIPS 202 §6.2). The JDK registers SHAKE only with a fixed output
 * ("SHAKE128-256", "SHAKE256-512") and keeps its variable-output class internal, so corecrypto carries
 * this small sponge instead of a third-party engine (see {@code docs/crypto-engines.md}).
 */
public final class KeccakXof implements XofEngine {

    public static final KeccakXof SHAKE128 = new KeccakXof(168, (byte) 0x1F);
    public static final KeccakXof SHAKE256 = new KeccakXof(136, (byte) 0x1F);
    /** SHA3-256 through the same sponge; used only to cross-check the sponge against the JDK in tests. */
    public static final KeccakXof SHA3_256_SPONGE = new KeccakXof(136, (byte) 0x06);

    private final int rate;
    private final byte padding;

    private KeccakXof(int rate, byte padding) {
        this.rate = rate;
        this.padding = padding;
    }

    @Override
    public byte[] digest(int outputLength, byte[]... parts) {
        KeccakSponge sponge = new KeccakSponge(rate, padding);
        for (byte[] part : parts) {
            sponge.absorb(part);
        }
        byte[] out = new byte[outputLength];
        sponge.squeeze(out);
        sponge.clear();
        return out;
    }
}
