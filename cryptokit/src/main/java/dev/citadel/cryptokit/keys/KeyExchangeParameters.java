package dev.citadel.cryptokit.keys;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import java.util.Arrays;

/**
 * Apple's {@code kSecKeyKeyExchangeParameterRequestedSize} and {@code …SharedInfo} for the X9.63 key
 * exchanges. Immutable.
 */
public final class KeyExchangeParameters {

    /** Bounds one derivation (1 KiB): these are keys, not key streams. */
    public static final int MAX_REQUESTED_SIZE = 1024;

    private final int requestedSize;
    private final byte[] sharedInfo;

    private KeyExchangeParameters(int requestedSize, byte[] sharedInfo) {
        this.requestedSize = requestedSize;
        this.sharedInfo = sharedInfo;
    }

    public static KeyExchangeParameters of(int requestedSize, byte[] sharedInfo) {
        if (requestedSize < 1 || requestedSize > MAX_REQUESTED_SIZE) {
            throw CryptoKitException.of(Reason.INCORRECT_PARAMETER_SIZE, "requested size must be 1.." + MAX_REQUESTED_SIZE);
        }
        return new KeyExchangeParameters(requestedSize, sharedInfo.clone());
    }

    /** For the raw (non-KDF) exchanges. */
    public static KeyExchangeParameters none() {
        return new KeyExchangeParameters(0, new byte[0]);
    }

    public int requestedSize() {
        return requestedSize;
    }

    public byte[] sharedInfo() {
        return sharedInfo.clone();
    }

    @Override
    public String toString() {
        return "KeyExchangeParameters[" + requestedSize + " bytes, sharedInfo " + Arrays.hashCode(sharedInfo) + "]";
    }
}
