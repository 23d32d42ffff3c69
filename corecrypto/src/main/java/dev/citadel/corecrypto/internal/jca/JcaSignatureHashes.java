package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.pk.SignatureHash;

/** JCA names and digests for {@link SignatureHash}: the {@link JcaDigests} engine under another enum. */
public final class JcaSignatureHashes {

    private JcaSignatureHashes() {}

    public static String jcaName(SignatureHash h) {
        return JcaDigests.name(h.hashAlgorithm());
    }

    public static byte[] digest(SignatureHash h, byte[] message) {
        return JcaDigests.digest(h.hashAlgorithm(), message);
    }
}
