package dev.citadel.trust.internal.revocation;

import dev.citadel.trust.internal.SignatureCheck;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Signature checks of OCSP responses, CRLs and responder certificates, all through {@link SignatureCheck}. */
final class Signatures {

    private Signatures() {}

    /**
     * Verifies {@code signature} over the DER of {@code signed}.
     *
     * @throws SourceFailure {@code BAD_SIGNATURE}, {@code UNSUPPORTED} or {@code MALFORMED}
     */
    static void verify(AlgorithmIdentifier algorithm, SignatureCheck.PublicKey key, ASN1Object signed,
                       ASN1BitString signature, String what) {
        if (signature.getPadBits() != 0) {
            throw new SourceFailure(Reason.MALFORMED, what + ": signature BIT STRING with unused bits");
        }
        try {
            SignatureCheck.verify(algorithm, key, CertificateFacts.der(signed), signature.getOctets());
        } catch (SignatureCheck.SignatureFailure e) {
            throw asSourceFailure(e, what);
        }
    }

    static SourceFailure asSourceFailure(SignatureCheck.SignatureFailure e, String what) {
        Reason reason = switch (e.failure()) {
            case INVALID_SIGNATURE, ALGORITHM_KEY_MISMATCH -> Reason.BAD_SIGNATURE;
            case UNSUPPORTED_ALGORITHM, UNSUPPORTED_KEY, WEAK_ALGORITHM, WEAK_KEY -> Reason.UNSUPPORTED;
            case MALFORMED_KEY, MALFORMED_ALGORITHM -> Reason.MALFORMED;
        };
        return new SourceFailure(reason, what + ": " + e.getMessage());
    }
}
