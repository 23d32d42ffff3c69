package dev.citadel.corecrypto.pk;

import java.util.Optional;

/** Wycheproof / ACVP hash names to {@link SignatureHash}; empty for hashes Citadel does not offer. */
public final class WycheproofHashes {

    private WycheproofHashes() {}

    public static Optional<SignatureHash> of(String name) {
        return Optional.ofNullable(switch (name.toUpperCase(java.util.Locale.ROOT).replace("SHA2-", "SHA-")) {
            case "SHA-224" -> SignatureHash.SHA_224;
            case "SHA-256" -> SignatureHash.SHA_256;
            case "SHA-384" -> SignatureHash.SHA_384;
            case "SHA-512" -> SignatureHash.SHA_512;
            case "SHA-512/224" -> SignatureHash.SHA_512_224;
            case "SHA-512/256" -> SignatureHash.SHA_512_256;
            case "SHA3-224" -> SignatureHash.SHA3_224;
            case "SHA3-256" -> SignatureHash.SHA3_256;
            case "SHA3-384" -> SignatureHash.SHA3_384;
            case "SHA3-512" -> SignatureHash.SHA3_512;
            default -> null; // SHA-1, SHAKE128/256: not offered
        });
    }
}
