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

    /** Whether basicConstraints is present with cA true; {@code MALFORMED_CERTIFICATE} if it does not decode. */
    public static boolean isCa(String fmt, Certificate c) {
        return extension(c, Extension.basicConstraints.getId())
                .map(e -> decode(fmt, "basicConstraints", () -> BasicConstraints.getInstance(
                        der(fmt, e.getExtnValue().getOctets(), "basicConstraints")).isCA()))
                .orElse(false);
    }

    /**
     * Runs a BouncyCastle {@code getInstance}-style decoding of {@code what}; its runtime exceptions become
     * {@code MALFORMED_CERTIFICATE}.
     */
    public static <T> T decode(String fmt, String what, java.util.function.Supplier<T> decoding) {
        try {
            return decoding.get();
        } catch (PasskeyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PasskeyException.of(Reason.MALFORMED_CERTIFICATE, fmt + ": " + what + " does not decode", e);
        }
    }

    /** The values of subject attribute {@code oid} (e.g. 2.5.4.11 for OU). */
    public static java.util.List<String> subjectAttribute(String fmt, Certificate c, String oid) {
        return decode(fmt, "subject", () -> subjectAttribute(c.asn1().getSubject(), oid));
    }

    private static java.util.List<String> subjectAttribute(X500Name subject, String oid) {
        return Arrays.stream(subject.getRDNs(new ASN1ObjectIdentifier(oid))).map(RDN::getFirst)
                .map(a -> a.getValue() instanceof ASN1String s ? s.getString() : IETFUtils.valueToString(a.getValue())).toList();
    }

    /** Whether the subject is the empty sequence. */
    public static boolean subjectEmpty(String fmt, Certificate c) {
        return decode(fmt, "subject", () -> c.asn1().getSubject().getRDNs().length == 0);
    }
}
