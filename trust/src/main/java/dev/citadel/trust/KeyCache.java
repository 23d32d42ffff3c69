package dev.citadel.trust;

import dev.citadel.trust.internal.SignatureCheck;
import java.util.HashMap;
import java.util.Map;

/** Issuer public keys of one evaluation (each certificate parses its key once, {@link Certificate#publicKey()}). */
final class KeyCache {

    private final Map<Certificate, Object> keys = new HashMap<>();

    /** The parsed key, or null when {@link #problem} is not null. */
    SignatureCheck.PublicKey key(Certificate c) {
        return load(c) instanceof SignatureCheck.PublicKey k ? k : null;
    }

    /** Why the key cannot verify signatures, or null. */
    Finding problem(Certificate c) {
        return load(c) instanceof Finding f ? f : null;
    }

    private Object load(Certificate c) {
        return keys.computeIfAbsent(c, k -> {
            try {
                return k.publicKey();
            } catch (SignatureCheck.SignatureFailure e) {
                return new Finding(k, CertificateChecks.reasonOf(e.failure()), "issuer key: " + e.getMessage());
            }
        });
    }
}
