package dev.citadel.corecrypto.pk;

/**
 * The module refused its own result: a freshly generated key pair failed its pairwise consistency test
 * (FIPS 140-3 IG 10.3.A). The key is discarded; nothing was returned to the caller.
 */
public final class SelfCheckFailedException extends PublicKeyCryptoException {

    private static final long serialVersionUID = 1L;

    public SelfCheckFailedException(String algorithm) {
        super(Reason.PAIRWISE_CONSISTENCY_FAILED, "pairwise consistency test failed for a new " + algorithm + " key pair", null);
    }
}
