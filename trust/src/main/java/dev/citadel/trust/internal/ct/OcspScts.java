package dev.citadel.trust.internal.ct;

import dev.citadel.cryptokit.Insecure;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.trust.ct.CtException;
import dev.citadel.trust.ct.CtException.Reason;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.asn1.ocsp.SingleResponse;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;

/**
 * Finds the SCT list a stapled OCSP response carries for a leaf (RFC 6962 §3.3: the SingleResponse's
 * {@code singleExtensions} entry 1.3.6.1.4.1.11129.2.4.5, an OCTET STRING wrapping the TLS-encoded list).
 * Accepts a full {@code OCSPResponse} or a bare {@code BasicOCSPResponse}.
 *
 * <p>The OCSP response's own signature is not checked here: an SCT is self-authenticating (its log signs
 * the leaf), so a forged response can only carry SCTs that fail verification. Revocation checking, which
 * does need the signature, is a separate step.
 */
public final class OcspScts {

    private static final ASN1ObjectIdentifier OCSP_SCT_LIST = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.5");
    private static final ASN1ObjectIdentifier OCSP_BASIC = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1.1");
    private static final ASN1ObjectIdentifier SHA1 = new ASN1ObjectIdentifier("1.3.14.3.2.26");
    private static final ASN1ObjectIdentifier SHA256_OID = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.1");

    private OcspScts() {}

    /**
     * The TLS-encoded SCT list in the response for {@code leaf} (issued by {@code issuer}); empty when
     * that response has no SCT extension. No SingleResponse for the leaf, or malformed DER, is
     * {@link Reason#MALFORMED_OCSP_RESPONSE}.
     */
    public static Optional<byte[]> find(byte[] ocspDer, Certificate leaf, Certificate issuer) {
        BasicOCSPResponse basic = basic(ocspDer);
        try {
            for (var element : basic.getTbsResponseData().getResponses()) {
                SingleResponse single = SingleResponse.getInstance(element);
                if (!matches(single.getCertID(), leaf, issuer)) {
                    continue;
                }
                if (single.getSingleExtensions() == null) {
                    return Optional.empty();
                }
                Extension extension = single.getSingleExtensions().getExtension(OCSP_SCT_LIST);
                if (extension == null) {
                    return Optional.empty();
                }
                ASN1Primitive inner = ASN1Primitive.fromByteArray(extension.getExtnValue().getOctets());
                if (!(inner instanceof ASN1OctetString list)) {
                    throw malformed("the SCT list extension does not wrap an OCTET STRING");
                }
                return Optional.of(list.getOctets());
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw malformed("malformed SingleResponse: " + e.getMessage());
        }
        throw malformed("no SingleResponse for the leaf (serial " + leaf.getSerialNumber().getValue().toString(16) + ")");
    }

    private static BasicOCSPResponse basic(byte[] der) {
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(der); // throws on trailing bytes
            if (!Arrays.equals(primitive.getEncoded(ASN1Encoding.DER), der)) {
                throw malformed("OCSP response is not DER");
            }
            ASN1Sequence sequence = ASN1Sequence.getInstance(primitive);
            if (sequence.size() > 0 && sequence.getObjectAt(0) instanceof ASN1Enumerated) {
                OCSPResponse response = OCSPResponse.getInstance(sequence);
                if (response.getResponseStatus().getIntValue() != OCSPResponseStatus.SUCCESSFUL) {
                    throw malformed("OCSP response status " + response.getResponseStatus().getIntValue());
                }
                ResponseBytes bytes = response.getResponseBytes();
                if (bytes == null || !OCSP_BASIC.equals(bytes.getResponseType())) {
                    throw malformed("OCSP response is not id-pkix-ocsp-basic");
                }
                return BasicOCSPResponse.getInstance(ASN1Primitive.fromByteArray(bytes.getResponse().getOctets()));
            }
            return BasicOCSPResponse.getInstance(sequence);
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw malformed("malformed OCSP response: " + e.getMessage());
        }
    }

    /**
     * RFC 6960 §4.1.1 CertID: same serial, and issuer name and key hashes under the hash the responder
     * chose. SHA-1 here only identifies the certificate (RFC 6960's default); it secures nothing.
     */
    private static boolean matches(CertID id, Certificate leaf, Certificate issuer) throws IOException {
        if (!id.getSerialNumber().getValue().equals(leaf.getSerialNumber().getValue())) {
            return false;
        }
        ASN1ObjectIdentifier hash = id.getHashAlgorithm().getAlgorithm();
        byte[] name = issuer.getSubject().getEncoded(ASN1Encoding.DER);
        byte[] key = issuer.getSubjectPublicKeyInfo().getPublicKeyData().getBytes();
        byte[] nameHash;
        byte[] keyHash;
        if (hash.equals(SHA1)) {
            nameHash = Insecure.SHA1.hash(name);
            keyHash = Insecure.SHA1.hash(key);
        } else if (hash.equals(SHA256_OID)) {
            nameHash = SHA256.hash(name).bytes();
            keyHash = SHA256.hash(key).bytes();
        } else {
            return false;
        }
        return Arrays.equals(nameHash, id.getIssuerNameHash().getOctets())
                && Arrays.equals(keyHash, id.getIssuerKeyHash().getOctets());
    }

    private static CtException malformed(String message) {
        return new CtException(Reason.MALFORMED_OCSP_RESPONSE, message);
    }
}
