package dev.citadel.transport;

import dev.citadel.cryptokit.SHA256;
import java.io.IOException;
import java.util.Base64;
import java.util.Objects;

/**
 * An {@code NSPinnedDomains} identity: the Base64 SHA-256 digest of a certificate's DER
 * SubjectPublicKeyInfo ({@code SPKI-SHA256-BASE64}).
 *
 * @param sha256Base64 standard Base64 (with padding) of 32 bytes
 */
public record SpkiPin(String sha256Base64) {

    public SpkiPin {
        Objects.requireNonNull(sha256Base64, "sha256Base64");
        byte[] digest;
        try {
            digest = Base64.getDecoder().decode(sha256Base64);
        } catch (IllegalArgumentException e) {
            throw new AtsPolicyException(TransportReason.INVALID_VALUE, "SPKI-SHA256-BASE64 is not Base64: " + sha256Base64);
        }
        if (digest.length != 32 || !Base64.getEncoder().encodeToString(digest).equals(sha256Base64)) {
            throw new AtsPolicyException(TransportReason.INVALID_VALUE,
                    "SPKI-SHA256-BASE64 must be the canonical Base64 of 32 bytes: " + sha256Base64);
        }
    }

    /** The pin of {@code certificate}'s public key. */
    public static SpkiPin of(dev.citadel.trust.Certificate certificate) {
        try {
            byte[] spki = certificate.asn1().getSubjectPublicKeyInfo().getEncoded("DER");
            return new SpkiPin(Base64.getEncoder().encodeToString(SHA256.hash(spki).bytes()));
        } catch (IOException e) {
            throw new IllegalStateException("can't happen: re-encoding a parsed SubjectPublicKeyInfo", e);
        }
    }
}
