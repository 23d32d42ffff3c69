package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ConstantTime;
import java.util.HexFormat;

/** A hash output tagged with its function. Immutable; {@link #equals} is constant-time. */
public final class Digest {

    private final HashFunction function;
    private final byte[] bytes;

    Digest(HashFunction function, byte[] bytes) {
        this.function = function;
        this.bytes = bytes;
    }

    public HashFunction function() {
        return function;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest d && d.function == function && ConstantTime.equal(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return function.hashCode();
    }

    @Override
    public String toString() {
        return function + " digest: " + HexFormat.of().formatHex(bytes);
    }
}
