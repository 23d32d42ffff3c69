package dev.citadel.trust;

/** A trust store or pinned root that cannot be used. */
public final class TrustStoreException extends TrustException {

    TrustStoreException(TrustReason reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
