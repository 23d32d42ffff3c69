package dev.citadel.trust;

import dev.citadel.trust.internal.SignatureCheck;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Checks of one certificate in one role (leaf, intermediate, anchor), independent of the rest of the path:
 * RFC 5280 §4 profile rules, the CA/Browser Forum profile under {@link TrustPolicy.SslServer}, validity.
 */
final class CertificateChecks {

    /** RFC 5280 §4.1.2.2: serial numbers are at most 20 octets. */
    static final int MAX_SERIAL_OCTETS = 20;

    private static final ASN1ObjectIdentifier EC_PUBLIC_KEY = new ASN1ObjectIdentifier("1.2.840.10045.2.1");
    private static final ASN1ObjectIdentifier RSA = new ASN1ObjectIdentifier("1.2.840.113549.1.1.1");
    private static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");
    private static final ASN1ObjectIdentifier DSA = new ASN1ObjectIdentifier("1.2.840.10040.4.1");
    private static final Set<ASN1ObjectIdentifier> WEBPKI_CURVES = Set.of(new ASN1ObjectIdentifier("1.2.840.10045.3.1.7"),
            new ASN1ObjectIdentifier("1.3.132.0.34"), new ASN1ObjectIdentifier("1.3.132.0.35"));

    private CertificateChecks() {}

    /** Rules for every certificate in every role. */
    static void common(Certificate c, Instant at, boolean anchor, Set<String> markers, List<Finding> out) {
        CertificateExtensions e = c.extensions();
        org.bouncycastle.asn1.x509.Certificate asn1 = c.asn1();
        if (!anchor) {
            issuance(c, out);
        }
        if (!sameAlgorithm(
asn1.getSignatureAlgorithm(), asn1.getTBSCertificate().getSignature())) {
            out.add(new Finding(c, TrustReason.SIGNATURE_ALGORITHM_MISMATCH, "signatureAlgorithm differs from the TBS signature field"));
        }
        if (e.issuerEmpty) {
            out.add(new Finding(c, TrustReason.EMPTY_NAME, "empty issuer name"));
        }
        for (CertificateExtensions.DecodeProblem p : e.problems()) {
            out.add(new Finding(c, p.reason(), p.detail()));
        }
        if (e.akiCritical) {
            out.add(new Finding(c, TrustReason.EXTENSION_CRITICALITY, "critical authorityKeyIdentifier (RFC 5280 §4.2.1.1)"));
        }
        if (e.skiCritical) {
            out.add(new Finding(c, TrustReason.EXTENSION_CRITICALITY, "critical subjectKeyIdentifier (RFC 5280 §4.2.1.2)"));
        }
        if (e.aiaCritical) {
            out.add(new Finding(c, TrustReason.EXTENSION_CRITICALITY, "critical authorityInfoAccess (RFC 5280 §4.2.2.1)"));
        }
        if (e.pcPresent && !e.pcCritical) {
            out.add(new Finding(c, TrustReason.EXTENSION_CRITICALITY, "non-critical policyConstraints (RFC 5280 §4.2.1.11)"));
        }
        if (e.subjectEmpty && (!e.sanPresent || !e.sanCritical)) {
            out.add(new Finding(c, TrustReason.INVALID_SUBJECT_ALT_NAME,
                    "empty subject without a critical subjectAltName (RFC 5280 §4.2.1.6)"));
        }
        for (String oid : e.criticalOids()) {
            boolean criticalityRule = oid.equals(CertificateExtensions.AUTHORITY_KEY_ID)
                    || oid.equals(CertificateExtensions.SUBJECT_KEY_ID) || oid.equals(CertificateExtensions.AUTHORITY_INFO_ACCESS);
            if (!criticalityRule && !CertificateExtensions.PROCESSED.contains(oid) && !markers.contains(oid)) {
                out.add(new Finding(c, TrustReason.UNKNOWN_CRITICAL_EXTENSION, "unknown critical extension " + oid));
            }
        }
        if (at.isBefore(c.notBefore())) {
            out.add(new Finding(c, TrustReason.NOT_YET_VALID, "not valid before " + c.notBefore()));
        }
        if (at.isAfter(c.notAfter())) {
            out.add(new Finding(c, TrustReason.EXPIRED, "expired at " + c.notAfter()));
        }
    }

    /**
     * Version and serial-number rules (BR §7.1.1, RFC 5280 §4.1.2.2). Not applied to trust anchors, which
     * are trusted as given: long-lived roots with serial 0 or version 1 still anchor real chains.
     */
    private static void issuance(Certificate c, List<Finding> out) {
        if (c.version() != 3) {
            out.add(new Finding(c, TrustReason.UNSUPPORTED_VERSION, "X.509 v" + c.version() + ", not v3"));
        }
        BigInteger serial = c.serialNumber();
        if (serial.signum() <= 0) {
            out.add(new Finding(c, TrustReason.INVALID_SERIAL_NUMBER, "serial number " + serial + " is not positive"));
        } else if (serial.toByteArray().length > MAX_SERIAL_OCTETS) {
            out.add(new Finding(c, TrustReason.INVALID_SERIAL_NUMBER, "serial number longer than " + MAX_SERIAL_OCTETS + " octets"));
        }
    }

    private static boolean sameAlgorithm(AlgorithmIdentifier a, AlgorithmIdentifier b) {
        try {
            return Arrays.equals(a.getEncoded(ASN1Encoding.DER), b.getEncoded(ASN1Encoding.DER));
        } catch (java.io.IOException ex) {
            return false;
        }
    }

    /** A certificate that issues the next one down: an intermediate or the anchor. */
    static List<Finding> issuer(Certificate c, Instant at, TrustPolicy policy, boolean anchor, KeyCache keys) {
        List<Finding> out = new ArrayList<>();
        common(c, at, anchor, Set.of(), out);
        CertificateExtensions e = c.extensions();
        if (!e.bcPresent || !e.ca) {
            out.add(new Finding(c, TrustReason.NOT_A_CA, e.bcPresent ? "basicConstraints without cA" : "no basicConstraints"));
        } else if (!e.bcCritical) {
            out.add(new Finding(c, TrustReason.NOT_A_CA, "non-critical basicConstraints on a CA (RFC 5280 §4.2.1.9)"));
        }
        if (e.kuPresent && !e.keyUsage(CertificateExtensions.KU_KEY_CERT_SIGN)) {
            out.add(new Finding(c, TrustReason.KEY_USAGE, "keyUsage without keyCertSign"));
        }
        if (e.subjectEmpty) {
            out.add(new Finding(c, TrustReason.EMPTY_NAME, "CA with an empty subject (RFC 5280 §4.1.2.6)"));
        }
        if (e.ski == null) {
            out.add(new Finding(c, TrustReason.KEY_IDENTIFIER, "CA without subjectKeyIdentifier (RFC 5280 §4.2.1.2)"));
        }
        if (!anchor && !c.isSelfIssued() && e.akiKeyId == null) {
            // A trust anchor is trusted as given (RFC 5280 §6.1.1 (d)); its issuer is never looked for.
            out.add(new Finding(c, TrustReason.KEY_IDENTIFIER, "no authorityKeyIdentifier keyIdentifier (RFC 5280 §4.2.1.1)"));
        }
        if (anchor && e.akiPresent && c.isSelfIssued()) {
            // CA/Browser Forum BR §7.1.2.1.3: a root's AKI, if present, is keyIdentifier only, equal to its SKI.
            if (e.akiKeyId == null || e.akiHasIssuerOrSerial) {
                out.add(new Finding(c, TrustReason.KEY_IDENTIFIER, "root authorityKeyIdentifier must hold exactly a keyIdentifier"));
            } else if (e.ski != null && !Arrays.equals(e.akiKeyId, e.ski)) {
                out.add(new Finding(c, TrustReason.KEY_IDENTIFIER, "root authorityKeyIdentifier differs from its subjectKeyIdentifier"));
            }
        }
        if (anchor && e.ekuPresent && policy instanceof TrustPolicy.SslServer) {
            out.add(new Finding(c, TrustReason.EXTENDED_KEY_USAGE, "root with extKeyUsage (BR §7.1.2.1.2)"));
        }
        if (e.ncPresent) {
            NameConstraintCheck.validateSubtrees(c, e.permitted, out);
            NameConstraintCheck.validateSubtrees(c, e.excluded, out);
        }
        Finding key = keys.problem(c);
        if (key != null) {
            out.add(key);
        }
        return out;
    }

    /** The end-entity certificate under {@code policy}. */
    static List<Finding> leaf(Certificate c, Instant at, TrustPolicy policy) {
        List<Finding> out = new ArrayList<>();
        Set<String> markers = policy instanceof TrustPolicy.AppleMarker m ? m.leafMarkers() : Set.of();
        common(c, at, false, markers, out);
        CertificateExtensions e = c.extensions();
        if (e.ncPresent) {
            out.add(new Finding(c, TrustReason.INVALID_NAME_CONSTRAINTS, "nameConstraints in an end-entity certificate"));
        }
        if (e.keyUsage(CertificateExtensions.KU_KEY_CERT_SIGN) && !e.ca()) {
            out.add(new Finding(c, TrustReason.KEY_USAGE, "keyCertSign without cA (RFC 5280 §4.2.1.9)"));
        }
        // Apple issues marker-OID leaves without authorityKeyIdentifier (App Attest credential certificates
        // have none), as do authenticator vendors for attestation leaves; as in SecTrust, their issuer is
        // found by name and signature alone.
        boolean leafWithoutAki = policy instanceof TrustPolicy.AppleMarker || policy instanceof TrustPolicy.Attestation;
        if (!c.isSelfIssued() && e.akiKeyId == null && !leafWithoutAki) {
            out.add(new Finding(c, TrustReason.KEY_IDENTIFIER, "no authorityKeyIdentifier keyIdentifier (RFC 5280 §4.2.1.1)"));
        }
        leafKey(c, policy instanceof TrustPolicy.SslServer, out);
        ekuOfLeaf(c, policy, out);
        switch (policy) {
            case TrustPolicy.SslServer s -> HostNameCheck.check(c, s, out);
            case TrustPolicy.SMime m -> HostNameCheck.checkEmail(c, m.email(), out);
            case TrustPolicy.AppleMarker m -> {
                for (String oid : m.leafMarkers()) {
                    if (!e.has(oid)) {
                        out.add(new Finding(c, TrustReason.MISSING_MARKER_EXTENSION, m.name() + " requires extension " + oid + " in the leaf"));
                    }
                }
            }
            case TrustPolicy.SslClient x -> { }
            case TrustPolicy.CodeSigning x -> { }
            case TrustPolicy.BasicX509 x -> { }
            case TrustPolicy.Attestation x -> { }
        }
        return out;
    }

    private static void ekuOfLeaf(Certificate c, TrustPolicy policy, List<Finding> out) {
        CertificateExtensions e = c.extensions();
        if (!e.ekuPresent || e.eku.isEmpty()) {
            return; // RFC 5280 §4.2.1.12: absent means any purpose; empty is already a decoding problem
        }
        boolean webPki = policy instanceof TrustPolicy.SslServer;
        if (webPki && e.ekuCritical) {
            out.add(new Finding(c, TrustReason.EXTENDED_KEY_USAGE, "critical extKeyUsage in a server certificate (BR §7.1.2.7.6)"));
        }
        if (webPki && e.eku.contains(TrustPolicy.EKU_ANY)) {
            out.add(new Finding(c, TrustReason.EXTENDED_KEY_USAGE, "anyExtendedKeyUsage in a server certificate (BR §7.1.2.7.10)"));
        }
        policy.requiredEku().ifPresent(required -> {
            if (!e.eku.contains(required) && (webPki || !e.eku.contains(TrustPolicy.EKU_ANY))) {
                out.add(new Finding(c, TrustReason.EXTENDED_KEY_USAGE, "extKeyUsage " + e.eku + " does not allow " + required));
            }
        });
    }

    /** Subscriber keys: RSA of at least 2048 bits and a multiple of 8, EC on P-256/P-384/P-521 (BR §6.1.5, §7.1.3.1). */
    private static void leafKey(Certificate c, boolean webPki, List<Finding> out) {
        SubjectPublicKeyInfo spki = c.asn1().getSubjectPublicKeyInfo();
        ASN1ObjectIdentifier alg = spki.getAlgorithm().getAlgorithm();
        try {
            if (alg.equals(RSA)) {
                int bits = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(spki.getPublicKeyData().getOctets()).getModulus().bitLength();
                if (bits < SignatureCheck.MIN_RSA_BITS || bits % 8 != 0) {
                    out.add(new Finding(c, TrustReason.WEAK_KEY, "RSA key of " + bits + " bits"));
                }
            } else if (alg.equals(EC_PUBLIC_KEY)) {
                if (!(spki.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve) || !WEBPKI_CURVES.contains(curve)) {
                    out.add(new Finding(c, TrustReason.UNSUPPORTED_KEY, "EC key not on a named P-256, P-384 or P-521 curve"));
                }
            } else if (alg.equals(DSA)) {
                out.add(new Finding(c, TrustReason.WEAK_ALGORITHM, "DSA key"));
            } else if (webPki || !alg.equals(ED25519)) {
                out.add(new Finding(c, TrustReason.UNSUPPORTED_KEY, "public key algorithm " + alg.getId()));
            }
        } catch (RuntimeException ex) {
            out.add(new Finding(c, TrustReason.UNSUPPORTED_KEY, "malformed public key"));
        }
    }

    /** Maps a signature-check failure to the trust reason. */
    static TrustReason reasonOf(SignatureCheck.Failure f) {
        return switch (f) {
            case UNSUPPORTED_ALGORITHM, MALFORMED_ALGORITHM, ALGORITHM_KEY_MISMATCH -> TrustReason.UNSUPPORTED_ALGORITHM;
            case UNSUPPORTED_KEY, MALFORMED_KEY -> TrustReason.UNSUPPORTED_KEY;
            case WEAK_ALGORITHM -> TrustReason.WEAK_ALGORITHM;
            case WEAK_KEY -> TrustReason.WEAK_KEY;
            case INVALID_SIGNATURE -> TrustReason.INVALID_SIGNATURE;
        };
    }
}
