package dev.citadel.trust.internal.revocation;

import dev.citadel.trust.revocation.RevocationReason;
import dev.citadel.trust.revocation.RevocationStatus;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import dev.citadel.trust.revocation.RevocationStatus.Source;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.TBSCertList;

/**
 * Checks one DER CRL (RFC 5280 §5) for one certificate, following §6.3.3 as far as complete, direct,
 * non-delta CRLs go: issuer name, the issuer's {@code cRLSign}, the signature, the mandatory and critical
 * extensions, {@code thisUpdate}/{@code nextUpdate}, the issuing distribution point's scope, then the serial.
 */
final class CrlVerifier {

    /** Largest CRL read. Public CAs' CRLs are sharded to well under this; bounds memory and parse time. */
    static final int MAX_CRL_BYTES = 16 * 1024 * 1024;

    private static final Set<ASN1ObjectIdentifier> KNOWN_CRL_EXTENSIONS = Set.of(
            Extension.authorityKeyIdentifier, Extension.cRLNumber, Extension.issuingDistributionPoint,
            Extension.issuerAlternativeName, Extension.freshestCRL, Extension.authorityInfoAccess);
    private static final Set<ASN1ObjectIdentifier> KNOWN_ENTRY_EXTENSIONS = Set.of(
            Extension.reasonCode, Extension.invalidityDate);

    private CrlVerifier() {}

    /** Parses a CRL strictly; {@code MALFORMED} or {@code RESPONSE_TOO_LARGE} otherwise. */
    static CertificateList parse(byte[] der) {
        try {
            return CertificateList.getInstance(StrictDer.parse(der, MAX_CRL_BYTES, "CRL"));
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(Reason.MALFORMED, "not a CertificateList: " + e.getMessage());
        }
    }

    /** Whether the CRL's issuer is the certificate's issuer (a CRL of another CA is silently not applicable). */
    static boolean sameIssuer(CertificateList crl, Certificate subject) {
        return crl.getIssuer().equals(subject.getIssuer());
    }

    /**
     * The status {@code crl} gives {@code subject}.
     *
     * @param issuer the certificate's issuer, also the CRL's signer (direct CRLs only)
     * @throws SourceFailure when the CRL is unusable for this certificate
     */
    static RevocationStatus check(CertificateList crl, Certificate subject, Certificate issuer, Instant at, Source source) {
        TBSCertList tbs = crl.getTBSCertList();
        if (!sameIssuer(crl, subject) || !issuer.getSubject().equals(crl.getIssuer())) {
            throw new SourceFailure(Reason.NOT_COVERED, "CRL of " + crl.getIssuer() + ", not of " + subject.getIssuer());
        }
        if (!crl.getSignatureAlgorithm().equals(tbs.getSignature())) {
            throw new SourceFailure(Reason.MALFORMED, "CRL inner and outer signature algorithms differ");
        }
        KeyUsage ku = CertificateFacts.keyUsage(issuer);
        if (ku != null && !ku.hasUsages(KeyUsage.cRLSign)) { // RFC 5280 §6.3.3 (f)
            throw new SourceFailure(Reason.UNAUTHORISED_CRL_ISSUER, issuer.getSubject() + "'s keyUsage lacks cRLSign");
        }
        Signatures.verify(crl.getSignatureAlgorithm(), CertificateFacts.publicKey(issuer), tbs, crl.getSignature(),
                "CRL of " + crl.getIssuer());

        Extensions extensions = tbs.getExtensions();
        if (tbs.getVersionNumber() != 2) { // §5.1.2.1: v2 whenever extensions are present, and §5.2.3 needs one
            throw new SourceFailure(Reason.MALFORMED, "CRL version " + tbs.getVersionNumber() + " (a v2 CRL with cRLNumber is required)");
        }
        Extension number = extensions == null ? null : extensions.getExtension(Extension.cRLNumber);
        if (number == null) {
            throw new SourceFailure(Reason.MALFORMED, "CRL without cRLNumber (RFC 5280 §5.2.3 MUST)");
        }
        if (number.isCritical()) {
            throw new SourceFailure(Reason.MALFORMED, "critical cRLNumber (RFC 5280 §5.2.3 MUST be non-critical)");
        }
        if (extensions.getExtension(Extension.deltaCRLIndicator) != null) {
            throw new SourceFailure(Reason.UNSUPPORTED, "delta CRL");
        }
        for (ASN1ObjectIdentifier oid : extensions.getCriticalExtensionOIDs()) {
            if (!KNOWN_CRL_EXTENSIONS.contains(oid)) {
                throw new SourceFailure(Reason.UNSUPPORTED, "unknown critical CRL extension " + oid.getId());
            }
        }

        Instant thisUpdate = StrictDer.instant(crl.getThisUpdate(), "CRL thisUpdate");
        if (crl.getNextUpdate() == null) {
            throw new SourceFailure(Reason.MALFORMED, "CRL without nextUpdate (RFC 5280 §5.1.2.5 MUST)");
        }
        Instant nextUpdate = StrictDer.instant(crl.getNextUpdate(), "CRL nextUpdate");
        if (thisUpdate.isAfter(at.plus(OcspVerifier.MAX_CLOCK_SKEW))) {
            throw new SourceFailure(Reason.NOT_YET_VALID, "CRL thisUpdate " + thisUpdate + " is after " + at);
        }
        if (nextUpdate.isBefore(thisUpdate)) {
            throw new SourceFailure(Reason.MALFORMED, "CRL nextUpdate before thisUpdate");
        }
        if (nextUpdate.plus(OcspVerifier.MAX_CLOCK_SKEW).isBefore(at)) {
            throw new SourceFailure(Reason.STALE, "CRL nextUpdate " + nextUpdate + " has passed at " + at);
        }

        boolean partial = checkScope(extensions, subject);
        RevocationStatus.Revoked revoked = lookup(tbs, subject, source);
        if (revoked != null) {
            return revoked;
        }
        if (partial) {
            throw new SourceFailure(Reason.NOT_COVERED, "CRL covers only some reasons");
        }
        return new RevocationStatus.Good(source, thisUpdate, Optional.of(nextUpdate));
    }

    /**
     * RFC 5280 §6.3.3 (b)(2): the issuing distribution point must cover the certificate. Returns whether the
     * CRL is partial (onlySomeReasons): then it can say revoked but not good.
     */
    private static boolean checkScope(Extensions extensions, Certificate subject) {
        Extension ext = extensions.getExtension(Extension.issuingDistributionPoint);
        if (ext == null) {
            return false;
        }
        IssuingDistributionPoint idp;
        try {
            idp = IssuingDistributionPoint.getInstance(ext.getParsedValue());
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(Reason.MALFORMED, "malformed issuingDistributionPoint");
        }
        if (idp.isIndirectCRL()) {
            throw new SourceFailure(Reason.UNSUPPORTED, "indirect CRL");
        }
        if (idp.onlyContainsAttributeCerts()) {
            throw new SourceFailure(Reason.NOT_COVERED, "CRL of attribute certificates only");
        }
        boolean ca = CertificateFacts.isCa(subject);
        if (idp.onlyContainsUserCerts() && ca) {
            throw new SourceFailure(Reason.NOT_COVERED, "CRL of end-entity certificates only, and this is a CA");
        }
        if (idp.onlyContainsCACerts() && !ca) {
            throw new SourceFailure(Reason.NOT_COVERED, "CRL of CA certificates only, and this is an end entity");
        }
        List<GeneralName> crlNames = CertificateFacts.fullNames(idp.getDistributionPoint());
        if (!crlNames.isEmpty()) {
            List<GeneralName> certNames = CertificateFacts.distributionPointNames(subject);
            if (certNames.stream().noneMatch(crlNames::contains)) {
                throw new SourceFailure(Reason.NOT_COVERED, "the CRL's distribution point is not one the certificate names");
            }
        }
        return idp.getOnlySomeReasons() != null;
    }

    private static RevocationStatus.Revoked lookup(TBSCertList tbs, Certificate subject, Source source) {
        Enumeration<?> entries = tbs.getRevokedCertificateEnumeration();
        while (entries.hasMoreElements()) {
            TBSCertList.CRLEntry entry;
            try {
                entry = TBSCertList.CRLEntry.getInstance(entries.nextElement());
            } catch (IllegalArgumentException e) {
                throw new SourceFailure(Reason.MALFORMED, "malformed CRL entry");
            }
            if (!entry.getUserCertificate().equals(subject.getSerialNumber())) {
                continue;
            }
            RevocationReason reason = RevocationReason.UNSPECIFIED;
            Extensions ext = entry.getExtensions();
            if (ext != null) {
                for (ASN1ObjectIdentifier oid : ext.getCriticalExtensionOIDs()) {
                    if (!KNOWN_ENTRY_EXTENSIONS.contains(oid)) {
                        // certificateIssuer (indirect CRLs) lands here too: it must be critical (§5.3.3).
                        throw new SourceFailure(Reason.UNSUPPORTED, "unknown critical CRL entry extension " + oid.getId());
                    }
                }
                Extension code = ext.getExtension(Extension.reasonCode);
                if (code != null) {
                    try {
                        int value = ASN1Enumerated.getInstance(code.getParsedValue()).intValueExact();
                        reason = RevocationReason.ofCode(value);
                    } catch (IllegalArgumentException | ArithmeticException e) {
                        reason = null;
                    }
                    if (reason == null) {
                        throw new SourceFailure(Reason.MALFORMED, "malformed CRL entry reasonCode");
                    }
                    if (reason == RevocationReason.REMOVE_FROM_CRL) {
                        continue; // §5.3.1: only meaningful in delta CRLs
                    }
                }
            }
            return new RevocationStatus.Revoked(reason, StrictDer.instant(entry.getRevocationDate(), "revocationDate"), source);
        }
        return null;
    }
}
