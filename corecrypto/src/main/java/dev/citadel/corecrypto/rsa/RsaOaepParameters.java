package dev.citadel.corecrypto.rsa;

import dev.citadel.corecrypto.pk.SignatureHash;
import java.util.Objects;

/**
 * RFC 8017 §7.1 RSAES-OAEP parameters, always explicit (the JDK's implicit MGF1 hash is SHA-1).
 *
 * @param hash the label hash
 * @param mgf1Hash the digest inside MGF1
 */
public record RsaOaepParameters(SignatureHash hash, SignatureHash mgf1Hash) {

    public RsaOaepParameters {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(mgf1Hash, "mgf1Hash");
    }

    /** MGF1 with the same hash as the label hash. */
    public static RsaOaepParameters of(SignatureHash hash) {
        return new RsaOaepParameters(hash, hash);
    }
}
