package dev.citadel.trust.internal.revocation;

import dev.citadel.trust.internal.SignatureCheck;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;

/** What revocation checking reads from a certificate: where to ask, and whether it is a CA. */
final class CertificateFacts {

    private CertificateFacts() {}

    /** HTTP URIs of the OCSP responders in the AIA extension, in order. */
    static List<URI> ocspUris(Certificate cert) {
        List<URI> out = new ArrayList<>();
        Extensions ext = cert.getTBSCertificate().getExtensions();
        AuthorityInformationAccess aia;
        try {
            aia = ext == null ? null : AuthorityInformationAccess.fromExtensions(ext);
        } catch (IllegalArgumentException e) {
            return out; // a malformed AIA names no responder; path validation reports the extension itself
        }
        if (aia == null) {
            return out;
        }
        for (AccessDescription d : aia.getAccessDescriptions()) {
            if (AccessDescription.id_ad_ocsp.equals(d.getAccessMethod())) {
                httpUri(d.getAccessLocation()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Full-name HTTP URIs of distribution points that cover all reasons and have no separate CRL issuer. */
    static List<URI> crlUris(Certificate cert) {
        List<URI> out = new ArrayList<>();
        for (DistributionPoint dp : distributionPoints(cert)) {
            if (dp.getReasons() != null || dp.getCRLIssuer() != null) {
                continue; // partitioned by reason or indirect: not supported
            }
            for (GeneralName n : fullNames(dp.getDistributionPoint())) {
                httpUri(n).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Every full name of every distribution point (for matching a CRL's issuingDistributionPoint). */
    static List<GeneralName> distributionPointNames(Certificate cert) {
        List<GeneralName> out = new ArrayList<>();
        for (DistributionPoint dp : distributionPoints(cert)) {
            out.addAll(fullNames(dp.getDistributionPoint()));
        }
        return out;
    }

    static List<GeneralName> fullNames(DistributionPointName name) {
        if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
            return List.of();
        }
        try {
            return List.of(GeneralNames.getInstance(name.getName()).getNames());
        } catch (IllegalArgumentException e) {
            return List.of(); // a malformed name names no distribution point
        }
    }

    private static List<DistributionPoint> distributionPoints(Certificate cert) {
        Extensions ext = cert.getTBSCertificate().getExtensions();
        try {
            CRLDistPoint dps = ext == null ? null : CRLDistPoint.fromExtensions(ext);
            return dps == null ? List.of() : List.of(dps.getDistributionPoints());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static java.util.Optional<URI> httpUri(GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = new URI(ASN1IA5String.getInstance(name.getName()).getString());
            return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    ? java.util.Optional.of(uri) : java.util.Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static boolean isCa(Certificate cert) {
        Extensions ext = cert.getTBSCertificate().getExtensions();
        try {
            BasicConstraints bc = ext == null ? null : BasicConstraints.fromExtensions(ext);
            return bc != null && bc.isCA();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The keyUsage extension, or {@code null} when absent. */
    static KeyUsage keyUsage(Certificate cert) {
        Extensions ext = cert.getTBSCertificate().getExtensions();
        try {
            return ext == null ? null : KeyUsage.fromExtensions(ext);
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(Reason.MALFORMED, "malformed keyUsage in " + cert.getSubject());
        }
    }

    static boolean hasExtension(Certificate cert, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        Extensions ext = cert.getTBSCertificate().getExtensions();
        return ext != null && ext.getExtension(oid) != null;
    }

    static Extension extension(Certificate cert, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        Extensions ext = cert.getTBSCertificate().getExtensions();
        return ext == null ? null : ext.getExtension(oid);
    }

    /** The certificate's public key, parsed once through {@link SignatureCheck}. */
    static SignatureCheck.PublicKey publicKey(Certificate cert) {
        try {
            return SignatureCheck.parseKey(cert.getSubjectPublicKeyInfo());
        } catch (SignatureCheck.SignatureFailure e) {
            throw Signatures.asSourceFailure(e, "key of " + cert.getSubject());
        }
    }

    static byte[] der(org.bouncycastle.asn1.ASN1Object o) {
        try {
            return o.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new SourceFailure(Reason.MALFORMED, "cannot encode " + o.getClass().getSimpleName());
        }
    }
}
