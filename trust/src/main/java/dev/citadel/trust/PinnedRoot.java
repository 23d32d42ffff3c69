package dev.citadel.trust;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Roots Citadel must pin (Apple's, for App Attest and Apple Pay): a configured certificate file accepted
 * only if its SHA-256 fingerprint is the pinned one, so a replaced file cannot widen trust.
 */
public final class PinnedRoot {

    private PinnedRoot() {}

    /**
     * Loads the single certificate of a PEM file and checks its SHA-256 fingerprint (hex, colons and case
     * ignored); throws {@link TrustStoreException} with {@link TrustReason#FINGERPRINT_MISMATCH} otherwise.
     */
    public static TrustAnchor load(Path pemFile, String sha256Fingerprint) {
        List<Certificate> certs = TrustStore.readPem(pemFile);
        if (certs.size() != 1) {
            throw new TrustStoreException(TrustReason.TRUST_STORE_UNREADABLE,
                    pemFile + " holds " + certs.size() + " certificates; a pinned root file holds exactly one", null);
        }
        return of(certs.getFirst(), sha256Fingerprint);
    }

    /** As {@link #load} for a parsed certificate. */
    public static TrustAnchor of(Certificate certificate, String sha256Fingerprint) {
        String pinned = sha256Fingerprint.replace(":", "").toLowerCase(Locale.ROOT);
        if (pinned.length() != 64 || !pinned.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("a SHA-256 fingerprint is 64 hex digits: " + sha256Fingerprint);
        }
        String actual = certificate.sha256Fingerprint();
        if (!actual.equals(pinned)) { // public values: no constant-time comparison needed
            throw new TrustStoreException(TrustReason.FINGERPRINT_MISMATCH,
                    "root " + certificate.subject() + " has SHA-256 " + actual + ", pinned " + pinned, null);
        }
        return new TrustAnchor(certificate, AnchorConstraints.NONE, TrustAnchor.Source.PINNED);
    }
}
