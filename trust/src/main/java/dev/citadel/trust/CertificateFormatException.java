package dev.citadel.trust;

/** Bytes that are not a strict DER X.509 certificate (or PEM without a certificate). */
public final class CertificateFormatException extends TrustException {

    CertificateFormatException(TrustReason reason, String message) {
        super(reason, message, null);
    }
}
