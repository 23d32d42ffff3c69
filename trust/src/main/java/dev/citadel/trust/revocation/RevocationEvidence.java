package dev.citadel.trust.revocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Revocation answers handed over with a chain instead of fetched: stapled OCSP responses (TLS
 * {@code status_request}, DER {@code OCSPResponse}) and CRLs (DER {@code CertificateList}). They go through
 * exactly the checks fetched answers do. Immutable.
 */
public final class RevocationEvidence {

    /** Most stapled responses accepted (one per certificate of a long chain, with room). */
    public static final int MAX_STAPLED_RESPONSES = 16;
    /** Most supplied CRLs accepted: each is signature-checked, so this bounds the work per evaluation. */
    public static final int MAX_SUPPLIED_CRLS = 16;

    private static final RevocationEvidence NONE = new RevocationEvidence(List.of(), List.of());

    private final List<byte[]> stapledOcsp;
    private final List<byte[]> crls;

    private RevocationEvidence(List<byte[]> stapledOcsp, List<byte[]> crls) {
        this.stapledOcsp = stapledOcsp;
        this.crls = crls;
    }

    /** Nothing supplied: every answer is fetched. */
    public static RevocationEvidence none() {
        return NONE;
    }

    /** One stapled OCSP response (DER), typically the leaf's. */
    public static RevocationEvidence stapled(byte[] ocspResponse) {
        return of(List.of(ocspResponse), List.of());
    }

    /** Supplied CRLs (DER). */
    public static RevocationEvidence crls(List<byte[]> crls) {
        return of(List.of(), crls);
    }

    /**
     * Stapled OCSP responses and CRLs, each DER.
     *
     * @throws IllegalArgumentException beyond {@link #MAX_STAPLED_RESPONSES} or {@link #MAX_SUPPLIED_CRLS}
     */
    public static RevocationEvidence of(List<byte[]> stapledOcsp, List<byte[]> crls) {
        if (stapledOcsp.size() > MAX_STAPLED_RESPONSES) {
            throw new IllegalArgumentException("more than " + MAX_STAPLED_RESPONSES + " stapled OCSP responses");
        }
        if (crls.size() > MAX_SUPPLIED_CRLS) {
            throw new IllegalArgumentException("more than " + MAX_SUPPLIED_CRLS + " supplied CRLs");
        }
        return new RevocationEvidence(copy(stapledOcsp), copy(crls));
    }

    /** Copies of the stapled responses. */
    public List<byte[]> stapledOcsp() {
        return copy(stapledOcsp);
    }

    /** Copies of the supplied CRLs. */
    public List<byte[]> crls() {
        return copy(crls);
    }

    private static List<byte[]> copy(List<byte[]> in) {
        List<byte[]> out = new ArrayList<>(in.size());
        for (byte[] b : in) {
            out.add(Objects.requireNonNull(b, "null element").clone());
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "RevocationEvidence[" + stapledOcsp.size() + " stapled OCSP, " + crls.size() + " CRLs]";
    }
}
