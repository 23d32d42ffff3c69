package dev.citadel.cryptokit.commoncrypto;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.HMAC;
import dev.citadel.cryptokit.HashFunction;
import dev.citadel.cryptokit.MessageAuthenticationCode;
import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.cryptokit.VerifiedAuthenticationCode;
import java.io.ByteArrayOutputStream;

/**
 * An incremental HMAC context ({@code CCHmacInit/Update/Final}).
 *
 * <h2>Security guarantees</h2>
 * As {@link HMAC}; {@link #verify} is constant-time and throws on mismatch.
 *
 * <h2>Does not</h2>
 * Stream without memory: corecrypto's MAC is one-shot, so updates are buffered up to
 * {@link #MAX_BUFFERED_BYTES} ({@code LIMIT_EXCEEDED} beyond). Not thread-safe.
 */
public final class Hmac {

    /** Bounds memory per context (64 MiB): a larger message belongs to a streaming MAC, which corecrypto lacks. */
    public static final int MAX_BUFFERED_BYTES = 64 << 20;

    private final HashFunction hash;
    private final SymmetricKey key;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private boolean finished;

    private Hmac(HashFunction hash, SymmetricKey key) {
        this.hash = hash;
        this.key = key;
    }

    /** {@code CCHmacInit}; the key is used, not copied. */
    public static Hmac init(HashFunction hash, SymmetricKey key) {
        return new Hmac(hash, key);
    }

    public Hmac update(byte[] data) {
        requireActive();
        if (buffer.size() + (long) data.length > MAX_BUFFERED_BYTES) {
            throw CryptoKitException.of(Reason.LIMIT_EXCEEDED, "message above Hmac.MAX_BUFFERED_BYTES");
        }
        buffer.writeBytes(data);
        return this;
    }

    /** {@code CCHmacFinal}. */
    public MessageAuthenticationCode doFinal() {
        requireActive();
        finished = true;
        return HMAC.authenticationCode(hash, buffer.toByteArray(), key);
    }

    /** Finishes and checks {@code tag} in constant time; throws {@code AUTHENTICATION_FAILURE} on mismatch. */
    public VerifiedAuthenticationCode verify(byte[] tag) {
        requireActive();
        finished = true;
        return HMAC.verify(hash, tag, buffer.toByteArray(), key);
    }

    private void requireActive() {
        if (finished) {
            throw CryptoKitException.of(Reason.CALL_SEQUENCE, "HMAC context already finished");
        }
    }
}
