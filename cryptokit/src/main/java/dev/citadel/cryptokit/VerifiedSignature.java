package dev.citadel.cryptokit;

/**
 * Proof that a signature verified. Only cryptokit's public-key types construct it; a method that
 * returns one has checked the signature (or thrown {@code INVALID_SIGNATURE}).
 */
public final class VerifiedSignature {

    static {
        dev.citadel.cryptokit.internal.material.Verifications.install(VerifiedSignature::new);
    }

    private final String algorithm;

    VerifiedSignature(String algorithm) {
        this.algorithm = algorithm;
    }

    /** The signature algorithm, for logs: "ECDSA P-256 SHA-256", "Ed25519", "ML-DSA-65", … */
    public String algorithm() {
        return algorithm;
    }

    @Override
    public String toString() {
        return "VerifiedSignature[" + algorithm + "]";
    }
}
