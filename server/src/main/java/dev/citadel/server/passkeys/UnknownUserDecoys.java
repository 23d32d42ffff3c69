package dev.citadel.server.passkeys;

import dev.citadel.cryptokit.SHA256;
import dev.citadel.encoding.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Sign-in options for a username that has no account look like those of an account with one passkey: the
 * allow list holds one credential id derived from a per-instance secret and the username, stable across
 * requests, so probing {@code POST /passkeys/authentication/options} does not tell which usernames exist.
 *
 * <h2>Does not</h2>
 * Hide timing: an existing account costs one more indexed query. Nor hide existence at sign-up, where a taken
 * username must be refused.
 */
public final class UnknownUserDecoys {

    /** Length of a decoy credential id (what common platform authenticators use). */
    public static final int DECOY_ID_BYTES = 16;
    /** Transports a decoy claims (those of a synced platform passkey). */
    public static final List<String> DECOY_TRANSPORTS = List.of("hybrid", "internal");

    private final byte[] secret;

    public UnknownUserDecoys(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 16) {
            throw new IllegalArgumentException("the decoy secret is at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    /** The decoy allow-list entry for {@code username}. */
    public Ceremonies.Descriptor decoyFor(String username) {
        byte[] digest = SHA256.hash("citadel passkeys decoy v1".getBytes(StandardCharsets.US_ASCII), new byte[] {0}, secret,
                username.getBytes(StandardCharsets.UTF_8)).bytes();
        return new Ceremonies.Descriptor(Bytes.of(Arrays.copyOf(digest, DECOY_ID_BYTES)), DECOY_TRANSPORTS);
    }
}
