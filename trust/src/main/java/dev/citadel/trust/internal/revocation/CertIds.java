package dev.citadel.trust.internal.revocation;

import dev.citadel.cryptokit.Insecure;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * OCSP {@code CertID} (RFC 6960 §4.1.1). Requests use SHA-1, which is what deployed responders index by;
 * here SHA-1 names a certificate, it authenticates nothing (the response's signature does), so its
 * collision weakness does not apply. Responses may echo SHA-1 or SHA-256 CertIDs.
 */
final class CertIds {

    static final ASN1ObjectIdentifier SHA1 = new ASN1ObjectIdentifier("1.3.14.3.2.26");
    static final ASN1ObjectIdentifier SHA256_OID = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.1");

    private CertIds() {}

    /** The SHA-1 CertID a request carries for {@code subject} issued by {@code issuer}. */
    static CertID request(Certificate subject, Certificate issuer) {
        return build(SHA1, subject, issuer);
    }

    private static CertID build(ASN1ObjectIdentifier hash, Certificate subject, Certificate issuer) {
        byte[] nameHash = hash(hash, CertificateFacts.der(subject.getIssuer()));
        byte[] keyHash = hash(hash, issuer.getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
        return new CertID(new AlgorithmIdentifier(hash, DERNull.INSTANCE), new DEROctetString(nameHash),
                new DEROctetString(keyHash), subject.getSerialNumber());
    }

    /**
     * Whether {@code id} (from a response) names {@code subject} issued by {@code issuer}. Throws
     * {@code UNSUPPORTED} for a hash other than SHA-1 and SHA-256.
     */
    static boolean matches(CertID id, Certificate subject, Certificate issuer) {
        AlgorithmIdentifier alg = id.getHashAlgorithm();
        ASN1ObjectIdentifier hash = alg.getAlgorithm();
        if (!hash.equals(SHA1) && !hash.equals(SHA256_OID)) {
            throw new SourceFailure(Reason.UNSUPPORTED, "CertID hash " + hash.getId());
        }
        if (alg.getParameters() != null && !(alg.getParameters() instanceof ASN1Null)) {
            throw new SourceFailure(Reason.MALFORMED, "CertID hash algorithm with parameters");
        }
        CertID want = build(hash, subject, issuer);
        // Public values: no constant-time comparison needed.
        return Arrays.equals(want.getIssuerNameHash().getOctets(), id.getIssuerNameHash().getOctets())
                && Arrays.equals(want.getIssuerKeyHash().getOctets(), id.getIssuerKeyHash().getOctets())
                && want.getSerialNumber().equals(id.getSerialNumber());
    }

    /** SHA-1 of the responder's key as {@code ResponderID.byKey} carries it (RFC 6960 §4.2.1). */
    static byte[] keyHash(Certificate cert) {
        return Insecure.SHA1.hash(cert.getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
    }

    private static byte[] hash(ASN1ObjectIdentifier hash, byte[] data) {
        return hash.equals(SHA1) ? Insecure.SHA1.hash(data) : SHA256.hash(data).bytes();
    }
}
