package dev.citadel.trust.internal.revocation;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.ocsp.Request;
import org.bouncycastle.asn1.ocsp.TBSRequest;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;

/** Unsigned single-certificate OCSP requests (RFC 6960 §4.1), optionally with a nonce (RFC 8954). */
final class OcspRequests {

    /** Nonce length: RFC 8954 §2.1 allows 1 to 32 octets; 32 leaves no room for guessing. */
    static final int NONCE_BYTES = 32;

    private OcspRequests() {}

    /** The nonce extension's {@code extnValue} octets for {@code nonce}: an OCTET STRING holding it. */
    static byte[] nonceExtnValue(byte[] nonce) {
        return CertificateFacts.der(new DEROctetString(nonce));
    }

    /**
     * DER {@code OCSPRequest} for {@code subject}.
     *
     * @param nonceExtnValue from {@link #nonceExtnValue}, or {@code null} for none
     */
    static byte[] build(Certificate subject, Certificate issuer, byte[] nonceExtnValue) {
        Request request = new Request(CertIds.request(subject, issuer), null);
        Extensions extensions = nonceExtnValue == null ? null
                : new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, nonceExtnValue));
        TBSRequest tbs = new TBSRequest(null, new DERSequence(request), extensions);
        try {
            return new OCSPRequest(tbs, null).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("encoding an OCSP request", e);
        }
    }
}
