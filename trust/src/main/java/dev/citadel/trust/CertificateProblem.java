package dev.citadel.trust;

import java.util.Objects;

/**
 * One problem found with one certificate of the built chain.
 *
 * @param index position in {@link TrustResult#chain()} (0 = leaf), or -1 when no certificate is to blame
 * @param subject the certificate's subject, for people
 * @param reason machine-readable cause
 * @param detail what exactly, for people
 */
public record CertificateProblem(int index, String subject, TrustReason reason, String detail) {

    public CertificateProblem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return (index < 0 ? "chain" : "certificate " + index + " (" + subject + ")") + ": " + reason + ": " + detail;
    }
}
