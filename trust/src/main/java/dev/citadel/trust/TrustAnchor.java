package dev.citadel.trust;

import java.util.Objects;

/**
 * A certificate trusted as the end of a path, with the relying party's own constraints on it. The anchor's
 * own extensions (validity, basicConstraints, keyUsage, name constraints, extended key usage) are honoured
 * too: an expired or mis-constrained anchor does not anchor anything.
 *
 * @param source where the anchor came from; SecTrust reports paths to {@link Source#SYSTEM} anchors as
 *     {@link SecTrustResult#UNSPECIFIED} and to anchors the relying party added as {@link SecTrustResult#PROCEED}
 */
public record TrustAnchor(Certificate certificate, AnchorConstraints constraints, Source source) {

    /** Where an anchor came from. */
    public enum Source {
        /** The platform's default store (the JDK's {@code cacerts}). */
        SYSTEM,
        /** Added by the relying party (PEM files, code). */
        USER,
        /** A configured file checked against a pinned SHA-256 fingerprint ({@link PinnedRoot}). */
        PINNED
    }

    public TrustAnchor {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(source, "source");
    }

    /** A user anchor without extra constraints. */
    public static TrustAnchor of(Certificate certificate) {
        return new TrustAnchor(certificate, AnchorConstraints.NONE, Source.USER);
    }
}
