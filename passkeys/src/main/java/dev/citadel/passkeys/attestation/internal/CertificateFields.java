package dev.citadel.passkeys.attestation.internal;

import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.trust.Certificate;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;

/** Extensions and subject attributes of attestation certificates, decoded strictly (DER only, nothing after). */
public final class CertificateFields {

    private CertificateFields() {}

    /** The extension {@code oid}, if present. */
    public static Optional<Extension> extension(Certificate c, String oid) {
        Extensions all = c.asn1().getTBSCertificate().getExtensions();
        return all == null ? Optional.empty() : Optional.ofNullable(all.getExtension(new ASN1ObjectIdentifier(oid)));
    }

    /** The DER value of {@code bytes}: exactly one DER-encoded item, or {@code MALFORMED_CERTIFICATE}. */
    public static ASN1Primitive der(String fmt, byte[] bytes, String what) {
        try {
            ASN1Primitive p = ASN1Primitive.fromByteArray(bytes);
            if (!Arrays.equals(p.getEncoded(ASN1Encoding.DER), bytes)) {
                throw PasskeyException.of(Reason.MALFORMED_CERTIFICATE, fmt + ": " + what + " is not DER");
            }
            return p;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PasskeyException pe) {
                throw pe;
            }
            throw PasskeyException.of(Reason.MALFORMED_CERTIFICATE, fmt + ": " + what + " does not decode", e);
        }
    }

    /** Whether basicConstraints is present with cA true. */
    public static boolean isCa(Certificate c) {
        return extension(c, Extension.basicConstraints.getId())
                .map(e -> BasicConstraints.getInstance(e.getParsedValue()).isCA()).orElse(false);
    }

    /** The values of subject attribute {@code oid} (e.g. 2.5.4.11 for OU). */
    public static java.util.List<String> subjectAttribute(Certificate c, String oid) {
        X500Name subject = c.asn1().getSubject();
        return Arrays.stream(subject.getRDNs(new ASN1ObjectIdentifier(oid))).map(RDN::getFirst)
                .map(a -> a.getValue() instanceof ASN1String s ? s.getString() : IETFUtils.valueToString(a.getValue())).toList();
    }

    /** Whether the subject is the empty sequence. */
    public static boolean subjectEmpty(Certificate c) {
        return c.asn1().getSubject().getRDNs().length == 0;
    }
}
