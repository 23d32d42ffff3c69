package dev.citadel.trust.revocation;

/** CRLReason (RFC 5280 §5.3.1), shared by CRL entries and OCSP {@code RevokedInfo} (RFC 6960 §4.2.1). */
public enum RevocationReason {
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    CA_COMPROMISE(2),
    AFFILIATION_CHANGED(3),
    SUPERSEDED(4),
    CESSATION_OF_OPERATION(5),
    /** Reversible; RFC 5280 treats a held certificate as revoked while it is listed. */
    CERTIFICATE_HOLD(6),
    REMOVE_FROM_CRL(8),
    PRIVILEGE_WITHDRAWN(9),
    AA_COMPROMISE(10);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The ENUMERATED value on the wire. */
    public int code() {
        return code;
    }

    /** The reason for a wire value; {@code null} for a value RFC 5280 does not define (7, > 10). */
    public static RevocationReason ofCode(int code) {
        for (RevocationReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return null;
    }
}
