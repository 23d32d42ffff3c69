package dev.citadel.corecrypto.pq;

import dev.citadel.corecrypto.RandomSource;

/** A {@link RandomSource} that hands out one fixed block exactly once (vector randomness: m, rnd). */
final class PqFixedRandom implements RandomSource {

    private final byte[] block;
    private boolean used;

    PqFixedRandom(byte[] block) {
        this.block = block.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
        if (used || out.length != block.length) {
            throw new IllegalStateException("engine drew " + out.length + " bytes" + (used ? " twice" : "") + "; the vector has " + block.length);
        }
        used = true;
        System.arraycopy(block, 0, out, 0, out.length);
    }
}
