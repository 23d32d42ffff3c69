package dev.citadel.cryptokit;

import java.util.Arrays;

/** A {@link RandomSource} that serves the given bytes in order and fails when they run out (vector randomness). */
public final class FixedRandom implements RandomSource {

    private final byte[] bytes;
    private int offset;

    public FixedRandom(byte[]... blocks) {
        byte[] all = new byte[0];
        for (byte[] b : blocks) {
            int o = all.length;
            all = Arrays.copyOf(all, o + b.length);
            System.arraycopy(b, 0, all, o, b.length);
        }
        this.bytes = all;
    }

    @Override
    public void nextBytes(byte[] out) {
        if (offset + out.length > bytes.length) {
            throw new IllegalStateException("vector randomness exhausted: wanted " + out.length + " more bytes");
        }
        System.arraycopy(bytes, offset, out, 0, out.length);
        offset += out.length;
    }

    public boolean exhausted() {
        return offset == bytes.length;
    }
}
