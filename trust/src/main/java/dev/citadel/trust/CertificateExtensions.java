package dev.citadel.trust;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * The extensions of one certificate, decoded once and strictly (each value must be DER and fully
 * consumed). Problems found while decoding are kept in {@link #problems()} and reported when the
 * certificate is used in a path.
 */
final class CertificateExtensions {

    static final String BASIC_CONSTRAINTS = "2.5.29.19";
    static final String KEY_USAGE = "2.5.29.15";
    static final String EXT_KEY_USAGE = "2.5.29.37";
    static final String SUBJECT_ALT_NAME = "2.5.29.17";
    static final String ISSUER_ALT_NAME = "2.5.29.18";
    static final String NAME_CONSTRAINTS = "2.5.29.30";
    static final String POLICY_CONSTRAINTS = "2.5.29.36";
    static final String CERTIFICATE_POLICIES = "2.5.29.32";
    static final String POLICY_MAPPINGS = "2.5.29.33";
    static final String INHIBIT_ANY_POLICY = "2.5.29.54";
    static final String SUBJECT_KEY_ID = "2.5.29.14";
    static final String AUTHORITY_KEY_ID = "2.5.29.35";
    static final String AUTHORITY_INFO_ACCESS = "1.3.6.1.5.5.7.1.1";

    /** Extensions the evaluator processes, so they may be critical (RFC 5280 §4.2). */
    static final Set<String> PROCESSED = Set.of(BASIC_CONSTRAINTS, KEY_USAGE, EXT_KEY_USAGE, SUBJECT_ALT_NAME,
            NAME_CONSTRAINTS, POLICY_CONSTRAINTS, CERTIFICATE_POLICIES, POLICY_MAPPINGS, INHIBIT_ANY_POLICY);

    /** keyUsage bits (RFC 5280 §4.2.1.3), as BouncyCastle numbers them. */
    static final int KU_DIGITAL_SIGNATURE = KeyUsage.digitalSignature;
    static final int KU_KEY_CERT_SIGN = KeyUsage.keyCertSign;

    private static final ASN1ObjectIdentifier EMAIL_ATTRIBUTE = BCStyle.EmailAddress;

    /** One problem found while decoding. */
    record DecodeProblem(TrustReason reason, String detail) {}

    private final List<DecodeProblem> problems = new ArrayList<>();
    private final List<String> criticalOids = new ArrayList<>();
    private final List<String> allOids = new ArrayList<>();

    boolean bcPresent;
    boolean bcCritical;
    boolean ca;
    BigInteger pathLen;
    boolean kuPresent;
    int kuBits;
    boolean ekuPresent;
    boolean ekuCritical;
    List<String> eku = List.of();
    boolean sanPresent;
    boolean sanCritical;
    List<GeneralNameValue> san = List.of();
    boolean ncPresent;
    boolean ncCritical;
    List<GeneralNameValue> permitted = List.of();
    List<GeneralNameValue> excluded = List.of();
    byte[] ski;
    boolean skiCritical;
    boolean akiPresent;
    boolean akiCritical;
    byte[] akiKeyId;
    boolean akiHasIssuerOrSerial;
    boolean aiaCritical;
    boolean pcPresent;
    boolean pcCritical;
    List<String> subjectCommonNames = List.of();
    List<String> subjectEmails = List.of();
    boolean subjectEmpty;
    boolean issuerEmpty;

    private CertificateExtensions() {}

    static CertificateExtensions decode(org.bouncycastle.asn1.x509.Certificate cert) {
        CertificateExtensions e = new CertificateExtensions();
        X500Name subject = cert.getSubject();
        e.subjectEmpty = subject.getRDNs().length == 0;
        e.issuerEmpty = cert.getIssuer().getRDNs().length == 0;
        e.decodeSubject(subject);
        Extensions exts = cert.getTBSCertificate().getExtensions();
        if (exts != null) {
            if (exts.getExtensionOIDs().length == 0) {
                e.problem(TrustReason.MALFORMED_EXTENSION, "empty extensions field");
            }
            for (ASN1ObjectIdentifier oid : exts.getExtensionOIDs()) {
                Extension ext = exts.getExtension(oid);
                e.allOids.add(oid.getId());
                if (ext.isCritical()) {
                    e.criticalOids.add(oid.getId());
                }
                e.decodeOne(ext);
            }
        }
        return e;
    }

    private void decodeSubject(X500Name subject) {
        List<String> cns = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (RDN rdn : subject.getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                if (atv.getType().equals(BCStyle.CN) && atv.getValue() instanceof ASN1String s) {
                    cns.add(s.getString());
                } else if (atv.getType().equals(EMAIL_ATTRIBUTE) && atv.getValue() instanceof ASN1String s) {
                    emails.add(s.getString());
                }
            }
        }
        subjectCommonNames = List.copyOf(cns);
        subjectEmails = List.copyOf(emails);
    }

    private void decodeOne(Extension ext) {
        String oid = ext.getExtnId().getId();
        byte[] octets = ext.getExtnValue().getOctets();
        ASN1Primitive value;
        try {
            StrictDer.requireSingleValue(octets);
            value = ASN1Primitive.fromByteArray(octets);
        } catch (StrictDer.NotDer | IOException | RuntimeException ex) {
            if (PROCESSED.contains(oid) || oid.equals(SUBJECT_KEY_ID) || oid.equals(AUTHORITY_KEY_ID)
                    || oid.equals(AUTHORITY_INFO_ACCESS)) {
                problem(TrustReason.MALFORMED_EXTENSION, "extension " + oid + " does not decode");
            }
            return;
        }
        try {
            switch (oid) {
                case BASIC_CONSTRAINTS -> {
                    BasicConstraints bc = BasicConstraints.getInstance(value);
                    bcPresent = true;
                    bcCritical = ext.isCritical();
                    ca = bc.isCA();
                    pathLen = bc.getPathLenConstraint();
                    if (pathLen != null && !ca) {
                        problem(TrustReason.MALFORMED_EXTENSION, "pathLenConstraint without cA");
                    }
                }
                case KEY_USAGE -> {
                    KeyUsage ku = KeyUsage.getInstance(value);
                    kuPresent = true;
                    kuBits = ku.getBytes().length == 0 ? 0 : ku.getPadBits() >= 0 ? bits(ku) : 0;
                    if (kuBits == 0) {
                        problem(TrustReason.MALFORMED_EXTENSION, "keyUsage with no bit set");
                    }
                }
                case EXT_KEY_USAGE -> {
                    ASN1Sequence seq = ASN1Sequence.getInstance(value);
                    List<String> oids = new ArrayList<>();
                    for (ASN1Encodable o : seq) {
                        oids.add(ASN1ObjectIdentifier.getInstance(o).getId());
                    }
                    ekuPresent = true;
                    ekuCritical = ext.isCritical();
                    eku = List.copyOf(oids);
                    if (oids.isEmpty()) {
                        problem(TrustReason.MALFORMED_EXTENSION, "extKeyUsage lists no purpose (RFC 5280 §4.2.1.12)");
                    }
                }
                case SUBJECT_ALT_NAME -> {
                    GeneralName[] names = GeneralNames.getInstance(value).getNames();
                    sanPresent = true;
                    sanCritical = ext.isCritical();
                    List<GeneralNameValue> list = new ArrayList<>();
                    for (GeneralName n : names) {
                        list.add(GeneralNameValue.of(n));
                    }
                    san = List.copyOf(list);
                    if (names.length == 0) {
                        problem(TrustReason.INVALID_SUBJECT_ALT_NAME, "empty subjectAltName");
                    }
                }
                case NAME_CONSTRAINTS -> {
                    NameConstraints nc = NameConstraints.getInstance(value);
                    ncPresent = true;
                    ncCritical = ext.isCritical();
                    permitted = subtrees(nc.getPermittedSubtrees());
                    excluded = subtrees(nc.getExcludedSubtrees());
                    if (permitted.isEmpty() && excluded.isEmpty()) {
                        problem(TrustReason.INVALID_NAME_CONSTRAINTS, "nameConstraints with neither permitted nor excluded subtrees");
                    }
                }
                case SUBJECT_KEY_ID -> {
                    ski = SubjectKeyIdentifier.getInstance(value).getKeyIdentifier();
                    skiCritical = ext.isCritical();
                }
                case AUTHORITY_KEY_ID -> {
                    AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.getInstance(value);
                    akiPresent = true;
                    akiCritical = ext.isCritical();
                    akiKeyId = aki.getKeyIdentifierObject() == null ? null : aki.getKeyIdentifierObject().getOctets();
                    akiHasIssuerOrSerial = aki.getAuthorityCertIssuer() != null || aki.getAuthorityCertSerialNumber() != null;
                }
                case AUTHORITY_INFO_ACCESS -> {
                    ASN1Sequence seq = ASN1Sequence.getInstance(value);
                    if (seq.size() == 0) {
                        problem(TrustReason.MALFORMED_EXTENSION, "authorityInfoAccess with no AccessDescription");
                    }
                    for (ASN1Encodable d : seq) {
                        AccessDescription.getInstance(d);
                    }
                    aiaCritical = ext.isCritical();
                }
                case POLICY_CONSTRAINTS -> {
                    ASN1Sequence seq = ASN1Sequence.getInstance(value);
                    if (seq.size() == 0) {
                        problem(TrustReason.MALFORMED_EXTENSION, "empty policyConstraints (RFC 5280 §4.2.1.11)");
                    }
                    pcPresent = true;
                    pcCritical = ext.isCritical();
                }
                default -> { }
            }
        } catch (RuntimeException ex) {
            problem(TrustReason.MALFORMED_EXTENSION, "extension " + oid + " is malformed");
        }
    }

    private static int bits(KeyUsage ku) {
        byte[] b = ku.getBytes();
        int v = b[0] & 0xff;
        if (b.length > 1) {
            v |= (b[1] & 0xff) << 8;
        }
        return v;
    }

    private List<GeneralNameValue> subtrees(GeneralSubtree[] subtrees) {
        if (subtrees == null) {
            return List.of();
        }
        if (subtrees.length == 0) {
            problem(TrustReason.INVALID_NAME_CONSTRAINTS, "empty GeneralSubtrees");
        }
        List<GeneralNameValue> out = new ArrayList<>();
        for (GeneralSubtree s : subtrees) {
            // RFC 5280 §4.2.1.10: minimum MUST be zero and maximum MUST be absent.
            if ((s.getMinimum() != null && s.getMinimum().signum() != 0) || s.getMaximum() != null) {
                problem(TrustReason.INVALID_NAME_CONSTRAINTS, "GeneralSubtree with minimum or maximum");
            }
            out.add(GeneralNameValue.of(s.getBase()));
        }
        return List.copyOf(out);
    }

    private void problem(TrustReason reason, String detail) {
        problems.add(new DecodeProblem(reason, detail));
    }

    List<DecodeProblem> problems() {
        return problems;
    }

    List<String> criticalOids() {
        return criticalOids;
    }

    boolean has(String oid) {
        return allOids.contains(oid);
    }

    boolean ca() {
        return bcPresent && ca;
    }

    boolean keyUsage(int bit) {
        return (kuBits & bit) != 0;
    }

    byte[] ski() {
        return ski;
    }

    byte[] akiKeyId() {
        return akiKeyId;
    }

    List<GeneralNameValue> sanNames() {
        return san;
    }

    List<String> sanOfKind(GeneralNameKind kind) {
        List<String> out = new ArrayList<>();
        for (GeneralNameValue n : san) {
            if (n.kind() == kind) {
                out.add(n.text());
            }
        }
        return List.copyOf(out);
    }

    static String ascii(DERIA5String s) {
        return new String(s.getOctets(), StandardCharsets.ISO_8859_1);
    }
}
