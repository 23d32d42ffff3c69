package dev.citadel.attest.internal.cms;

import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestException.Reason;
import dev.citadel.encoding.Bytes;
import dev.citadel.attest.internal.asn1.Asn1Node;
import dev.citadel.attest.internal.asn1.Asn1Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CMS SignedData (RFC 5652 §5) with one signer and encapsulated content, read from BER as Apple writes
 * receipts (indefinite lengths, content in chunks). It reads the structure; {@code ReceiptVerifier}
 * checks the signature and the chain.
 *
 * @param content          the encapsulated content (eContent), chunks joined
 * @param certificates     the certificates field, each certificate's encoding as carried, in order
 * @param signerIssuer     issuerAndSerialNumber's issuer Name encoding, when the signer is named that way
 * @param signerSerial     issuerAndSerialNumber's serial number
 * @param signerKeyId      subjectKeyIdentifier, when the signer is named that way
 * @param signedAttributes the DER {@code SET OF Attribute} the signature covers, when present
 * @param messageDigest    the message-digest attribute's value, when signed attributes are present
 * @param signature        the signature value
 */
public record SignedData(Bytes content, List<Bytes> certificates, Optional<Bytes> signerIssuer,
                         Optional<BigInteger> signerSerial, Optional<Bytes> signerKeyId,
                         Optional<Bytes> signedAttributes, Optional<Bytes> messageDigest, Bytes signature) {

    public static final String ID_SIGNED_DATA = "1.2.840.113549.1.7.2";
    public static final String ID_DATA = "1.2.840.113549.1.7.1";
    public static final String ID_SHA256 = "2.16.840.1.101.3.4.2.1";
    public static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    public static final String ID_CONTENT_TYPE = "1.2.840.113549.1.9.3";
    public static final String ID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";

    /** Largest receipt read; Apple's are about 4 KiB. */
    public static final int MAX_RECEIPT_BYTES = 64 * 1024;
    /** Most certificates accepted in the certificates field. */
    public static final int MAX_CERTIFICATES = 8;

    public SignedData {
        certificates = List.copyOf(certificates);
    }

    /**
     * Parses {@code ber}. Structure errors are {@code MALFORMED_RECEIPT} (the ASN.1 cause kept); algorithms
     * other than SHA-256 and ECDSA-with-SHA-256 are {@code UNSUPPORTED_ALGORITHM}.
     */
    public static SignedData parse(byte[] ber) {
        if (ber.length > MAX_RECEIPT_BYTES) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "receipt larger than MAX_RECEIPT_BYTES=" + MAX_RECEIPT_BYTES);
        }
        try {
            return read(Asn1Reader.read(ber, Asn1Reader.Rules.BER));
        } catch (AttestException e) {
            if (e.reason() != Reason.MALFORMED_ASN1) {
                throw e;
            }
            throw malformed(e.getMessage(), e);
        }
    }

    private static SignedData read(Asn1Node contentInfo) {
        contentInfo.expect(Asn1Node.SEQUENCE, "ContentInfo").requireChildren(2, "ContentInfo");
        requireOid(contentInfo.child(0), ID_SIGNED_DATA, "contentType");
        Asn1Node sd = explicit(contentInfo.child(1), 0, "content").expect(Asn1Node.SEQUENCE, "SignedData");
        List<Asn1Node> f = sd.children();
        int i = 0;
        int version = at(f, i++, "version").smallInt("SignedData version");
        if (version != 1 && version != 3) {
            throw malformed("SignedData version " + version);
        }
        for (Asn1Node alg : at(f, i++, "digestAlgorithms").expect(Asn1Node.SET, "digestAlgorithms").children()) {
            requireOid(algorithm(alg), ID_SHA256, "digest algorithm");
        }
        Asn1Node eci = at(f, i++, "encapContentInfo").expect(Asn1Node.SEQUENCE, "encapContentInfo").requireChildren(2, "encapContentInfo");
        requireOid(eci.child(0), ID_DATA, "eContentType");
        Bytes content = Bytes.of(explicit(eci.child(1), 0, "eContent").octets());
        List<Bytes> certificates = new ArrayList<>();
        if (i < f.size() && f.get(i).is(Asn1Node.CONTEXT, 0)) {
            Asn1Node certs = f.get(i++);
            if (!certs.constructed()) {
                throw malformed("certificates: expected [0] IMPLICIT SET OF");
            }
            if (certs.children().size() > MAX_CERTIFICATES) {
                throw AttestException.of(Reason.LIMIT_EXCEEDED, "certificates: more than MAX_CERTIFICATES=" + MAX_CERTIFICATES);
            }
            for (Asn1Node c : certs.children()) {
                certificates.add(c.expect(Asn1Node.SEQUENCE, "certificate").encoded());
            }
        }
        if (i < f.size() && f.get(i).is(Asn1Node.CONTEXT, 1)) {
            i++; // crls: not used by receipts, ignored
        }
        Asn1Node signerInfos = at(f, i++, "signerInfos").expect(Asn1Node.SET, "signerInfos");
        if (i != f.size()) {
            throw malformed("SignedData has " + (f.size() - i) + " unexpected trailing elements");
        }
        if (signerInfos.children().size() != 1) {
            throw malformed("expected exactly one SignerInfo, found " + signerInfos.children().size());
        }
        return signer(signerInfos.child(0), content, certificates);
    }

    private static SignedData signer(Asn1Node si, Bytes content, List<Bytes> certificates) {
        List<Asn1Node> f = si.expect(Asn1Node.SEQUENCE, "SignerInfo").children();
        int i = 0;
        int version = at(f, i++, "SignerInfo version").smallInt("SignerInfo version");
        Asn1Node sid = at(f, i++, "sid");
        Optional<Bytes> issuer = Optional.empty();
        Optional<BigInteger> serial = Optional.empty();
        Optional<Bytes> keyId = Optional.empty();
        if (version == 1) {
            sid.expect(Asn1Node.SEQUENCE, "issuerAndSerialNumber").requireChildren(2, "issuerAndSerialNumber");
            issuer = Optional.of(sid.child(0).expect(Asn1Node.SEQUENCE, "issuer").encoded());
            serial = Optional.of(sid.child(1).integer());
        } else if (version == 3 && sid.is(Asn1Node.CONTEXT, 0) && !sid.constructed()) {
            keyId = Optional.of(Bytes.of(sid.content()));
        } else {
            throw malformed("SignerInfo version " + version + " with its signer identifier");
        }
        requireOid(algorithm(at(f, i++, "digestAlgorithm")), ID_SHA256, "SignerInfo digest algorithm");
        Optional<Bytes> signedAttrs = Optional.empty();
        Optional<Bytes> messageDigest = Optional.empty();
        if (i < f.size() && f.get(i).is(Asn1Node.CONTEXT, 0)) {
            Asn1Node attrs = f.get(i++);
            messageDigest = Optional.of(signedAttributes(attrs));
            // The signature covers the DER SET OF with its universal tag (RFC 5652 §5.4).
            byte[] der = attrs.encoded().toByteArray();
            der[0] = 0x31;
            signedAttrs = Optional.of(Bytes.of(der));
        }
        requireOid(algorithm(at(f, i++, "signatureAlgorithm")), ECDSA_WITH_SHA256, "signature algorithm");
        Bytes signature = Bytes.of(at(f, i++, "signature").octets());
        if (i < f.size() && f.get(i).is(Asn1Node.CONTEXT, 1)) {
            i++; // unsignedAttrs: not covered by the signature, ignored
        }
        if (i != f.size()) {
            throw malformed("SignerInfo has " + (f.size() - i) + " unexpected trailing elements");
        }
        return new SignedData(content, certificates, issuer, serial, keyId, signedAttrs, messageDigest, signature);
    }

    /** Checks the content-type attribute and returns the message-digest attribute (RFC 5652 §5.3, §11). */
    private static Bytes signedAttributes(Asn1Node attrs) {
        if (!attrs.constructed() || attrs.end() - attrs.contentEnd() != 0) {
            throw malformed("signed attributes must be DER (definite length)");
        }
        // Re-read as DER: the signature is over their DER encoding, so a BER form cannot verify.
        Asn1Reader.read(attrs.encoded().toByteArray(), Asn1Reader.Rules.DER);
        Bytes digest = null;
        boolean contentType = false;
        for (Asn1Node a : attrs.children()) {
            a.expect(Asn1Node.SEQUENCE, "Attribute").requireChildren(2, "Attribute");
            String type = a.child(0).oid();
            Asn1Node values = a.child(1).expect(Asn1Node.SET, "attrValues");
            if (type.equals(ID_CONTENT_TYPE) || type.equals(ID_MESSAGE_DIGEST)) {
                if (values.children().size() != 1) {
                    throw malformed("attribute " + type + " must have one value");
                }
                if (type.equals(ID_CONTENT_TYPE)) {
                    if (contentType) {
                        throw malformed("content-type attribute repeated");
                    }
                    requireOid(values.child(0), ID_DATA, "content-type attribute");
                    contentType = true;
                } else {
                    if (digest != null) {
                        throw malformed("message-digest attribute repeated");
                    }
                    digest = Bytes.of(values.child(0).octets());
                }
            }
        }
        if (digest == null || !contentType) {
            throw malformed("signed attributes lack content-type or message-digest");
        }
        return digest;
    }

    private static Asn1Node algorithm(Asn1Node algId) {
        algId.expect(Asn1Node.SEQUENCE, "AlgorithmIdentifier");
        int n = algId.children().size();
        if (n == 2) {
            algId.child(1).expect(Asn1Node.NULL, "algorithm parameters");
        } else if (n != 1) {
            throw malformed("AlgorithmIdentifier has " + n + " elements");
        }
        return algId.child(0);
    }

    private static void requireOid(Asn1Node node, String expected, String what) {
        String oid = node.oid();
        if (!oid.equals(expected)) {
            Reason r = what.contains("algorithm") ? Reason.UNSUPPORTED_ALGORITHM : Reason.MALFORMED_RECEIPT;
            throw AttestException.of(r, what + " is " + oid + ", expected " + expected);
        }
    }

    private static Asn1Node explicit(Asn1Node node, int tag, String what) {
        if (!node.is(Asn1Node.CONTEXT, tag) || !node.constructed() || node.children().size() != 1) {
            throw malformed(what + ": expected [" + tag + "] EXPLICIT");
        }
        return node.child(0);
    }

    private static Asn1Node at(List<Asn1Node> fields, int i, String what) {
        if (i >= fields.size()) {
            throw malformed("missing " + what);
        }
        return fields.get(i);
    }

    private static AttestException malformed(String message) {
        return malformed(message, null);
    }

    private static AttestException malformed(String message, Throwable cause) {
        return AttestException.of(Reason.MALFORMED_RECEIPT, message, cause);
    }
}
