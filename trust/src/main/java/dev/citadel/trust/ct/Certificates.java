package dev.citadel.trust.ct;

import dev.citadel.trust.ct.CtException.Reason;
import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Certificate;

/** Strict DER certificate parsing for this package; malformed input is {@link Reason#MALFORMED_CERTIFICATE}. */
final class Certificates {

    private Certificates() {}

    static Certificate parse(byte[] der, String role) {
        try {
            Certificate certificate = Certificate.getInstance(ASN1Primitive.fromByteArray(der));
            if (certificate == null || !Arrays.equals(certificate.getEncoded(ASN1Encoding.DER), der)) {
                throw new CtException(Reason.MALFORMED_CERTIFICATE, role + " certificate is not DER");
            }
            return certificate;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CtException(Reason.MALFORMED_CERTIFICATE, role + " certificate: " + e.getMessage());
        }
    }
}
