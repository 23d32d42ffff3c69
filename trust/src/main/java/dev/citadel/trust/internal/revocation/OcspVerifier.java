package dev.citadel.trust.internal.revocation;

import dev.citadel.trust.revocation.RevocationReason;
import dev.citadel.trust.revocation.RevocationStatus;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import dev.citadel.trust.revocation.RevocationStatus.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.CertStatus;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.ResponderID;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.asn1.ocsp.ResponseData;
import org.bouncycastle.asn1.ocsp.RevokedInfo;
import org.bouncycastle.asn1.ocsp.SingleResponse;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Checks one DER {@code OCSPResponse} (RFC 6960 §4.2) for one certificate: strict DER, a {@code successful}
 * basic response, a signature by the issuer or by a responder the issuer delegated to (§4.2.2.2), a
 * {@code SingleResponse} whose CertID names the certificate, freshness at the validation instant and, when
 * a nonce was sent, the nonce (RFC 8954).
 */
final class OcspVerifier {

    /** Largest OCSP response read: a response with a few responder certificates is a few KiB. */
    static final int MAX_OCSP_RESPONSE_BYTES = 64 * 1024;
    /** How far {@code thisUpdate} may lie ahead of the validation instant (responder clocks drift). */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** How long a response without {@code nextUpdate} counts as fresh after its {@code thisUpdate}. */
    static final Duration MAX_AGE_WITHOUT_NEXT_UPDATE = Duration.ofHours(24);
    /** Most certificates in a response examined as a possible delegated responder. */
    static final int MAX_RESPONDER_CERTS = 4;

    static final ASN1ObjectIdentifier OCSP_NOCHECK = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1.5");
    private static final ASN1ObjectIdentifier EXTENDED_REVOKE = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1.9");

    /** A verified answer and who signed it. */
    record Answer(RevocationStatus status, String signer) {}

    private OcspVerifier() {}

    /**
     * @param sentNonce     the {@code extnValue} octets of the nonce extension sent, or {@code null} (stapled)
     * @param nonceRequired whether a response without a nonce is refused
     * @throws SourceFailure when the response is unusable
     */
    static Answer verify(byte[] der, Certificate subject, Certificate issuer, Instant at, byte[] sentNonce,
                         boolean nonceRequired, Source source) {
        OCSPResponse response;
        try {
            response = OCSPResponse.getInstance(StrictDer.parse(der, MAX_OCSP_RESPONSE_BYTES, "OCSP response"));
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(Reason.MALFORMED, "not an OCSPResponse: " + e.getMessage());
        }
        int status = response.getResponseStatus().getIntValue();
        if (status != OCSPResponseStatus.SUCCESSFUL) {
            throw new SourceFailure(Reason.RESPONDER_ERROR, "OCSP responseStatus " + status);
        }
        ResponseBytes bytes = response.getResponseBytes();
        if (bytes == null) {
            throw new SourceFailure(Reason.MALFORMED, "successful OCSP response without responseBytes");
        }
        if (!OCSPObjectIdentifiers.id_pkix_ocsp_basic.equals(bytes.getResponseType())) {
            throw new SourceFailure(Reason.UNSUPPORTED, "OCSP response type " + bytes.getResponseType().getId());
        }
        BasicOCSPResponse basic;
        ResponseData data;
        try {
            basic = BasicOCSPResponse.getInstance(
                    StrictDer.parse(bytes.getResponse().getOctets(), MAX_OCSP_RESPONSE_BYTES, "BasicOCSPResponse"));
            data = basic.getTbsResponseData();
            if (data.getVersion().intValueExact() != 0) {
                throw new SourceFailure(Reason.MALFORMED, "ResponseData version " + data.getVersion());
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new SourceFailure(Reason.MALFORMED, "malformed BasicOCSPResponse: " + e.getMessage());
        }

        String signer = verifySignature(basic, data, issuer, at);
        requireKnownCritical(data.getResponseExtensions(), "response");

        SingleResponse single = find(data.getResponses(), subject, issuer);
        requireKnownCritical(single.getSingleExtensions(), "singleResponse");
        Instant thisUpdate = StrictDer.instant(single.getThisUpdate(), "thisUpdate");
        Optional<Instant> nextUpdate = single.getNextUpdate() == null
                ? Optional.empty() : Optional.of(StrictDer.instant(single.getNextUpdate(), "nextUpdate"));
        checkFreshness(thisUpdate, nextUpdate, at);
        checkNonce(data.getResponseExtensions(), sentNonce, nonceRequired);

        CertStatus certStatus = single.getCertStatus();
        RevocationStatus result = switch (certStatus.getTagNo()) {
            case 0 -> new RevocationStatus.Good(source, thisUpdate, nextUpdate);
            case 1 -> revoked(RevokedInfo.getInstance(certStatus.getStatus()), source);
            case 2 -> new RevocationStatus.Unknown(Reason.UNKNOWN_TO_RESPONDER,
                    "the OCSP responder (" + signer + ") answered 'unknown'");
            default -> throw new SourceFailure(Reason.MALFORMED, "CertStatus tag " + certStatus.getTagNo());
        };
        return new Answer(result, signer);
    }

    private static RevocationStatus revoked(RevokedInfo info, Source source) {
        Instant when = StrictDer.instant(info.getRevocationTime(), "revocationTime");
        RevocationReason reason = RevocationReason.UNSPECIFIED;
        if (info.getRevocationReason() != null) {
            reason = RevocationReason.ofCode(info.getRevocationReason().getValue().intValueExact());
            if (reason == null) {
                throw new SourceFailure(Reason.MALFORMED, "revocationReason " + info.getRevocationReason().getValue());
            }
        }
        return new RevocationStatus.Revoked(reason, when, source);
    }

    /** RFC 6960 §4.2.2.2: the issuer itself, or a certificate it issued for OCSP signing. */
    private static String verifySignature(BasicOCSPResponse basic, ResponseData data, Certificate issuer, Instant at) {
        ResponderID id = data.getResponderID();
        if (names(id, issuer)) {
            Signatures.verify(basic.getSignatureAlgorithm(), CertificateFacts.publicKey(issuer), data,
                    basic.getSignature(), "OCSP response signed by the issuer");
            return "the issuer";
        }
        Certificate responder = null;
        ASN1Sequence certs = basic.getCerts();
        if (certs != null) {
            for (int i = 0; i < Math.min(certs.size(), MAX_RESPONDER_CERTS) && responder == null; i++) {
                Certificate c = certificate(certs.getObjectAt(i));
                if (names(id, c)) {
                    responder = c;
                }
            }
        }
        if (responder == null) {
            throw new SourceFailure(Reason.UNAUTHORISED_RESPONDER,
                    "OCSP response signed by " + describe(id) + ", neither the issuer nor an included delegate");
        }
        String who = "delegated responder " + responder.getSubject();
        checkDelegation(responder, issuer, at, who);
        Signatures.verify(basic.getSignatureAlgorithm(), CertificateFacts.publicKey(responder), data,
                basic.getSignature(), "OCSP response signed by " + who);
        return who + (CertificateFacts.hasExtension(responder, OCSP_NOCHECK)
                ? " (id-pkix-ocsp-nocheck)" : " (no id-pkix-ocsp-nocheck; its revocation not checked)");
    }

    /** The delegate must be issued directly by the issuer, for id-kp-OCSPSigning, and valid at {@code at}. */
    private static void checkDelegation(Certificate responder, Certificate issuer, Instant at, String who) {
        if (!responder.getIssuer().equals(issuer.getSubject())) {
            throw new SourceFailure(Reason.UNAUTHORISED_RESPONDER, who + " is not issued by " + issuer.getSubject());
        }
        if (!responder.getSignatureAlgorithm().equals(responder.getTBSCertificate().getSignature())) {
            throw new SourceFailure(Reason.UNAUTHORISED_RESPONDER, who + ": inner and outer signature algorithms differ");
        }
        try {
            Signatures.verify(responder.getSignatureAlgorithm(), CertificateFacts.publicKey(issuer),
                    responder.getTBSCertificate(), responder.getSignature(), who + "'s certificate");
        } catch (SourceFailure e) {
            throw new SourceFailure(Reason.UNAUTHORISED_RESPONDER, e.getMessage());
        }
        Extension eku = CertificateFacts.extension(responder, Extension.extendedKeyUsage);
        if (eku == null || !ExtendedKeyUsage.getInstance(eku.getParsedValue()).hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)) {
            throw new SourceFailure(Reason.UNAUTHORISED_RESPONDER, who + " lacks id-kp-OCSPSigning");
        }
        KeyUsage ku = CertificateFacts.keyUsage(responder);
        if (ku != null && !ku.hasUsages(KeyUsage.digitalSignature)) {
            throw new SourceFailure(Reason.UNAUTHORISED_RESPONDER, who + "'s keyUsage lacks digitalSignature");
        }
        Instant notBefore = StrictDer.instant(responder.getStartDate(), "notBefore");
        Instant notAfter = StrictDer.instant(responder.getEndDate(), "notAfter");
        if (at.isBefore(notBefore) || at.isAfter(notAfter)) {
            throw new SourceFailure(Reason.UNAUTHORISED_RESPONDER, who + " is not valid at " + at);
        }
    }

    private static boolean names(ResponderID id, Certificate cert) {
        X500Name name = id.getName();
        if (name != null) {
            return name.equals(cert.getSubject());
        }
        return Arrays.equals(id.getKeyHash(), CertIds.keyHash(cert));
    }

    private static String describe(ResponderID id) {
        return id.getName() != null ? id.getName().toString() : "a key hash";
    }

    private static Certificate certificate(ASN1Encodable e) {
        try {
            return Certificate.getInstance(e);
        } catch (IllegalArgumentException ex) {
            throw new SourceFailure(Reason.MALFORMED, "malformed certificate in OCSP response");
        }
    }

    private static SingleResponse find(ASN1Sequence responses, Certificate subject, Certificate issuer) {
        for (ASN1Encodable e : responses) {
            SingleResponse single;
            try {
                single = SingleResponse.getInstance(e);
            } catch (IllegalArgumentException ex) {
                throw new SourceFailure(Reason.MALFORMED, "malformed SingleResponse");
            }
            if (CertIds.matches(single.getCertID(), subject, issuer)) {
                return single;
            }
        }
        throw new SourceFailure(Reason.NOT_COVERED, "no SingleResponse for serial "
                + subject.getSerialNumber().getValue().toString(16) + " of " + issuer.getSubject());
    }

    private static void checkFreshness(Instant thisUpdate, Optional<Instant> nextUpdate, Instant at) {
        if (thisUpdate.isAfter(at.plus(MAX_CLOCK_SKEW))) {
            throw new SourceFailure(Reason.NOT_YET_VALID, "OCSP thisUpdate " + thisUpdate + " is after " + at);
        }
        if (nextUpdate.isPresent()) {
            if (nextUpdate.get().isBefore(thisUpdate)) {
                throw new SourceFailure(Reason.MALFORMED, "OCSP nextUpdate before thisUpdate");
            }
            if (nextUpdate.get().plus(MAX_CLOCK_SKEW).isBefore(at)) {
                throw new SourceFailure(Reason.STALE, "OCSP nextUpdate " + nextUpdate.get() + " has passed at " + at);
            }
        } else if (thisUpdate.plus(MAX_AGE_WITHOUT_NEXT_UPDATE).isBefore(at)) {
            throw new SourceFailure(Reason.STALE, "OCSP response of " + thisUpdate + " without nextUpdate is older than "
                    + MAX_AGE_WITHOUT_NEXT_UPDATE);
        }
    }

    private static void checkNonce(Extensions extensions, byte[] sent, boolean required) {
        if (sent == null) {
            return;
        }
        Extension echoed = extensions == null ? null : extensions.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed == null) {
            if (required) {
                throw new SourceFailure(Reason.NONCE_MISMATCH, "the OCSP response carries no nonce");
            }
            return;
        }
        if (!Arrays.equals(echoed.getExtnValue().getOctets(), sent)) {
            throw new SourceFailure(Reason.NONCE_MISMATCH, "the OCSP response echoes another nonce");
        }
    }

    private static void requireKnownCritical(Extensions extensions, String where) {
        if (extensions == null) {
            return;
        }
        for (ASN1ObjectIdentifier oid : extensions.getCriticalExtensionOIDs()) {
            if (!oid.equals(OCSPObjectIdentifiers.id_pkix_ocsp_nonce) && !oid.equals(EXTENDED_REVOKE)) {
                throw new SourceFailure(Reason.MALFORMED, "unknown critical " + where + " extension " + oid.getId());
            }
        }
    }
}
