package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.util.CollectionStore;

/**
 * A test PKI built in the test: certificate authorities, App Attest credential certificates and CMS
 * receipts. BouncyCastle builds the structures; every signature is made by a cryptokit key.
 */
final class TestPki {

    private static final AtomicLong SERIAL = new AtomicLong(1000);

    private TestPki() {}

    /** A key and its certificate. */
    record Issued(P256.Signing.PrivateKey key, X509CertificateHolder cert) {
        Bytes der() {
            return Bytes.of(encoded(cert));
        }

        PinnedRoot pinned() {
            byte[] der = encoded(cert);
            return PinnedRoot.of(der, Bytes.of(SHA256.hash(der).bytes()).hex());
        }
    }

    static Issued root(String cn, Instant from, Instant to) {
        P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate();
        return new Issued(key, build(new X500Name("CN=" + cn), key, new X500Name("CN=" + cn), key.publicKey(), from, to, true, Map.of()));
    }

    static Issued ca(Issued issuer, String cn, Instant from, Instant to) {
        P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate();
        return new Issued(key, build(issuer.cert.getSubject(), issuer.key, new X500Name("CN=" + cn), key.publicKey(), from, to, true, Map.of()));
    }

    static Issued leaf(Issued issuer, String cn, P256.Signing.PrivateKey key, Instant from, Instant to,
                       Map<String, byte[]> extensions) {
        return new Issued(key, build(issuer.cert.getSubject(), issuer.key, new X500Name("CN=" + cn), key.publicKey(), from, to,
                false, extensions));
    }

    private static X509CertificateHolder build(X500Name issuer, P256.Signing.PrivateKey issuerKey, X500Name subject,
                                               P256.Signing.PublicKey subjectKey, Instant from, Instant to, boolean ca,
                                               Map<String, byte[]> extensions) {
        try {
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from), Date.from(to), subject, SubjectPublicKeyInfo.getInstance(subjectKey.derRepresentation()));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            // Key identifiers as RFC 5280 §4.2.1.1–2 require them of a path the trust module validates.
            b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(subjectKey)));
            if (!issuer.equals(subject) || !issuerKey.publicKey().equals(subjectKey)) {
                b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyIdentifier(issuerKey.publicKey())));
            }
            for (Map.Entry<String, byte[]> e : extensions.entrySet()) {
                b.addExtension(new ASN1ObjectIdentifier(e.getKey()), false, e.getValue());
            }
            return b.build(signer(issuerKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key identifier: the leftmost 160 bits of SHA-256 of the public point (RFC 7093 §2 method 1). */
    static byte[] keyIdentifier(P256.Signing.PublicKey key) {
        return java.util.Arrays.copyOf(SHA256.hash(key.x963Representation()).bytes(), 20);
    }

    /** A BouncyCastle ContentSigner whose signature is cryptokit's ECDSA P-256 SHA-256. */
    static ContentSigner signer(P256.Signing.PrivateKey key) {
        return new ContentSigner() {
            private final ByteArrayOutputStream data = new ByteArrayOutputStream();

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
            }

            @Override
            public OutputStream getOutputStream() {
                return data;
            }

            @Override
            public byte[] getSignature() {
                return key.signature(data.toByteArray()).derRepresentation();
            }
        };
    }

    /** The App Attest nonce extension value: {@code SEQUENCE { [1] EXPLICIT OCTET STRING nonce }}. */
    static byte[] nonceExtension(byte[] nonce) {
        return encoded(new DERSequence(new DERTaggedObject(true, 1, new DEROctetString(nonce))));
    }

    /** A receipt payload: SET of SEQUENCE { INTEGER type, INTEGER 1, OCTET STRING value }. */
    static byte[] payload(Map<Integer, byte[]> fields) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        fields.forEach((type, value) -> v.add(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                new ASN1Integer(type), new ASN1Integer(1), new DEROctetString(value)})));
        return encoded(new DERSet(v));
    }

    /**
     * A CMS SignedData over {@code content} by {@code signerKey}, naming {@code signerCert}, carrying
     * {@code certificates}; with signed attributes unless {@code direct}.
     */
    static byte[] signedData(byte[] content, P256.Signing.PrivateKey signerKey, X509CertificateHolder signerCert,
                             List<X509CertificateHolder> certificates, boolean direct) {
        try {
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new BcDigestCalculatorProvider())
                    .setDirectSignature(direct).build(signer(signerKey), signerCert));
            gen.addCertificates(new CollectionStore<>(certificates));
            return gen.generate(new CMSProcessableByteArray(content), true).getEncoded();
        } catch (CMSException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encoded(org.bouncycastle.asn1.ASN1Object o) {
        try {
            return o.getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encoded(X509CertificateHolder c) {
        try {
            return c.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
