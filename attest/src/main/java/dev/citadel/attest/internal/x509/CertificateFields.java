package dev.citadel.attest.internal.x509;

import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestException.Reason;
import dev.citadel.encoding.Bytes;
import dev.citadel.attest.internal.asn1.Asn1Node;
import dev.citadel.attest.internal.asn1.Asn1Reader;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The few fields of an X.509 certificate (RFC 5280 §4.1) that App Attest reads: serial number, issuer,
 * subject, SubjectPublicKeyInfo and extensions. It reads, it does not validate: chains are validated by
 * the trust module, and these fields are read only from certificates it accepted.
 *
 * @param der        the certificate, as given
 * @param serial     the serial number
 * @param issuer     the issuer Name, as encoded
 * @param subject    the subject Name, as encoded
 * @param spki       the SubjectPublicKeyInfo, as encoded
 * @param extensions the extnValue contents by extnID (dotted OID); unique
 */
public record CertificateFields(Bytes der, BigInteger serial, Bytes issuer, Bytes subject, Bytes spki,
                                Map<String, Bytes> extensions) {

    /** RFC 5280 §4.2.1.2. */
    public static final String SUBJECT_KEY_IDENTIFIER = "2.5.29.14";
    /** Largest certificate read; Apple's are under 2 KiB. */
    public static final int MAX_CERTIFICATE_BYTES = 16 * 1024;

    public CertificateFields {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** Parses the DER certificate {@code der}; {@code MALFORMED_CERTIFICATE} (with the ASN.1 cause) if it is not one. */
    public static CertificateFields parse(byte[] der) {
        if (der.length > MAX_CERTIFICATE_BYTES) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "certificate larger than MAX_CERTIFICATE_BYTES=" + MAX_CERTIFICATE_BYTES);
        }
        try {
            Asn1Node cert = Asn1Reader.read(der, Asn1Reader.Rules.DER).expect(Asn1Node.SEQUENCE, "Certificate")
                    .requireChildren(3, "Certificate");
            Asn1Node tbs = cert.child(0).expect(Asn1Node.SEQUENCE, "TBSCertificate");
            int i = 0;
            if (tbs.children().size() > i && tbs.child(i).is(Asn1Node.CONTEXT, 0)) {
                i++;
            }
            if (tbs.children().size() < i + 6) {
                throw AttestException.of(Reason.MALFORMED_ASN1, "TBSCertificate has " + tbs.children().size() + " elements");
            }
            BigInteger serial = tbs.child(i).integer();
            Asn1Node issuer = tbs.child(i + 2).expect(Asn1Node.SEQUENCE, "issuer");
            Asn1Node subject = tbs.child(i + 4).expect(Asn1Node.SEQUENCE, "subject");
            Asn1Node spki = tbs.child(i + 5).expect(Asn1Node.SEQUENCE, "subjectPublicKeyInfo");
            Map<String, Bytes> extensions = new LinkedHashMap<>();
            for (int j = i + 6; j < tbs.children().size(); j++) {
                Asn1Node n = tbs.child(j);
                if (n.is(Asn1Node.CONTEXT, 3)) {
                    readExtensions(n.requireChildren(1, "extensions").child(0), extensions);
                }
            }
            return new CertificateFields(Bytes.of(der), serial, issuer.encoded(), subject.encoded(), spki.encoded(), extensions);
        } catch (AttestException e) {
            if (e.reason() == Reason.LIMIT_EXCEEDED) {
                throw e;
            }
            throw AttestException.of(Reason.MALFORMED_CERTIFICATE, "not a DER certificate: " + e.getMessage(), e);
        }
    }

    private static void readExtensions(Asn1Node seq, Map<String, Bytes> out) {
        seq.expect(Asn1Node.SEQUENCE, "Extensions");
        for (Asn1Node ext : seq.children()) {
            ext.expect(Asn1Node.SEQUENCE, "Extension");
            int n = ext.children().size();
            if (n != 2 && n != 3) {
                throw AttestException.of(Reason.MALFORMED_ASN1, "Extension has " + n + " elements");
            }
            String oid = ext.child(0).oid();
            if (n == 3) {
                ext.child(1).expect(Asn1Node.BOOLEAN, "critical");
            }
            Bytes value = Bytes.of(ext.child(n - 1).expect(Asn1Node.OCTET_STRING, "extnValue").content());
            if (out.putIfAbsent(oid, value) != null) {
                throw AttestException.of(Reason.MALFORMED_ASN1, "extension " + oid + " appears twice (RFC 5280 §4.2)");
            }
        }
    }

    public Optional<Bytes> extension(String oid) {
        return Optional.ofNullable(extensions.get(oid));
    }

    /** The subjectKeyIdentifier (RFC 5280 §4.2.1.2) key identifier, if present. */
    public Optional<Bytes> subjectKeyIdentifier() {
        return extension(SUBJECT_KEY_IDENTIFIER).map(v -> Bytes.of(
                Asn1Reader.read(v.toByteArray(), Asn1Reader.Rules.DER).expect(Asn1Node.OCTET_STRING, "SubjectKeyIdentifier").content()));
    }
}
