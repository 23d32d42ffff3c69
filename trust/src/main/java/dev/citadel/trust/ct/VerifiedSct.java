package dev.citadel.trust.ct;

/**
 * An SCT whose signature verified, under a log of the list, over the entry rebuilt from the certificate,
 * with a timestamp not after the validation instant. Only {@link CtVerifier} creates it. Says nothing about
 * the log's state or a policy: that is {@link CtVerifier#evaluate}'s job.
 */
public final class VerifiedSct {

    private final SignedCertificateTimestamp sct;
    private final CtLog log;

    VerifiedSct(SignedCertificateTimestamp sct, CtLog log) {
        this.sct = sct;
        this.log = log;
    }

    public SignedCertificateTimestamp sct() {
        return sct;
    }

    public CtLog log() {
        return log;
    }

    @Override
    public String toString() {
        return "VerifiedSct[" + log.description() + ", " + sct.timestamp() + ", " + sct.source() + "]";
    }
}
