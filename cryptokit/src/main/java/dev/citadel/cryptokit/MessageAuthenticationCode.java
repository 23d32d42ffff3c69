package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ConstantTime;
import java.util.HexFormat;

/** An HMAC tag (CryptoKit {@code HashedAuthenticationCode}); {@link #equals} is constant-time. */
public final class MessageAuthenticationCode {

    private final HashFunction function;
    private final byte[] bytes;

    MessageAuthenticationCode(HashFunction function, byte[] bytes) {
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
        return o instanceof MessageAuthenticationCode m && m.function == function && ConstantTime.equal(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return function.hashCode();
    }

    @Override
    public String toString() {
        return "HMAC<" + function + ">: " + HexFormat.of().formatHex(bytes);
    }
}
