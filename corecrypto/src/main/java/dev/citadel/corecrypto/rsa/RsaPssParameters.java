package dev.citadel.corecrypto.rsa;

import dev.citadel.corecrypto.pk.SignatureHash;
import java.util.Objects;

/**
 * RFC 8017 §9.1 RSASSA-PSS parameters, always explicit: message hash, MGF1 hash and salt length.
 *
 * @param hash the message digest
 * @param mgf1Hash the digest inside MGF1
 * @param saltLength salt length in bytes, 0 to {@link #MAX_SALT_LENGTH}
 */
public record RsaPssParameters(SignatureHash hash, SignatureHash mgf1Hash, int saltLength) {

    /** Upper bound on salt length: larger salts only waste space (RFC 8017 puts none, FIPS 186-5 §5.4 caps at hLen). */
    public static final int MAX_SALT_LENGTH = 512;

    public RsaPssParameters {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(mgf1Hash, "mgf1Hash");
        if (saltLength < 0 || saltLength > MAX_SALT_LENGTH) {
            throw new IllegalArgumentException("salt length out of range: " + saltLength);
        }
    }

    /** The usual choice: MGF1 with the message hash and a salt as long as the hash (RFC 8017 §9.1 note). */
    public static RsaPssParameters of(SignatureHash hash) {
        return new RsaPssParameters(hash, hash, hash.outputLength());
    }
}
