package dev.citadel.passkeys.attestation;

import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import dev.citadel.trust.Certificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;

/**
 * A test PKI built in the test: BouncyCastle builds the certificate structures, every signature is made by
 * a cryptokit key.
 */
final class TestPki {

    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2035-01-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final String PACKED_SUBJECT = "C=SE,O=Example Vendor,OU=Authenticator Attestation,CN=Example Batch 1";

    private static final AtomicLong SERIAL = new AtomicLong(5000);

    private TestPki() {}

    /** A key and its certificate. */
    record Issued(SecKey key, Certificate cert, X500Name name) {}

    /** An extension to add. */
    record Ext(String oid, boolean critical, ASN1Encodable value) {}

    static SecKey p256() {
        return SecKeys.createRandomKey(KeyType.EC_P256, false);
    }

    static Issued root(String cn) {
        SecKey key = p256();
        X500Name name = new X500Name("CN=" + cn);
        return new Issued(key, build(name, key, name, key, FROM, TO, true, true, List.of()), name);
    }

    static Issued ca(Issued issuer, String cn) {
        SecKey key = p256();
        X500Name name = new X500Name("CN=" + cn);
        return new Issued(key, build(issuer.name, issuer.key, name, key, FROM, TO, true, true, List.of()), name);
    }

    /** A leaf with {@code subject}, issued by {@code issuer}, with or without authorityKeyIdentifier. */
    static Issued leaf(Issued issuer, String subject, SecKey key, boolean aki, List<Ext> extensions) {
        return leaf(issuer, new X500Name(subject), key, aki, extensions);
    }

    static Issued leaf(Issued issuer, X500Name name, SecKey key, boolean aki, List<Ext> extensions) {
        return new Issued(key, build(issuer.name, issuer.key, name, key, FROM, TO, false, aki, extensions), name);
    }

    /** A self-signed leaf (as a batch certificate or an attacker's root would be). */
    static Issued selfSigned(String subject, SecKey key, boolean ca) {
        X500Name name = new X500Name(subject);
        return new Issued(key, build(name, key, name, key, FROM, TO, ca, true, List.of()), name);
    }

    static Certificate build(X500Name issuer, SecKey issuerKey, X500Name subject, SecKey subjectKey, Instant from, Instant to,
                             boolean ca, boolean aki, List<Ext> extensions) {
        try {
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from), Date.from(to), subject, spki(subjectKey));
            List<String> added = new ArrayList<>();
            for (Ext e : extensions) {
                b.addExtension(new ASN1ObjectIdentifier(e.oid()), e.critical(), e.value());
                added.add(e.oid());
            }
            if (!added.contains(Extension.basicConstraints.getId())) {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            }
            if (ca) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            }
            b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(subjectKey)));
            boolean self = issuer.equals(subject);
            if (aki && !self) {
                b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyIdentifier(issuerKey)));
            }
            return Certificate.parse(b.build(signer(issuerKey)).getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SubjectPublicKeyInfo spki(SecKey key) {
        byte[] ext = key.copyPublicKey().copyExternalRepresentation();
        return switch (key.keyType()) {
            case EC_P256 -> new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                    X9ObjectIdentifiers.prime256v1), ext);
            case EC_P384 -> new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                    new ASN1ObjectIdentifier("1.3.132.0.34")), ext);
            case RSA_2048, RSA_3072, RSA_4096 -> new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption,
                    DERNull.INSTANCE), ext);
            case ED25519 -> new SubjectPublicKeyInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.3.101.112")), ext);
            default -> throw new IllegalArgumentException(key.keyType().toString());
        };
    }

    static byte[] keyIdentifier(SecKey key) {
        return Arrays.copyOf(SHA256.hash(key.copyPublicKey().copyExternalRepresentation()).bytes(), 20);
    }

    /** A ContentSigner whose signature is cryptokit's (ECDSA P-256 SHA-256 or RSA PKCS #1 SHA-256). */
    static ContentSigner signer(SecKey key) {
        boolean rsa = key.keyType().name().startsWith("RSA");
        return new ContentSigner() {
            private final ByteArrayOutputStream data = new ByteArrayOutputStream();

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return rsa ? new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE)
                        : new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
            }

            @Override
            public OutputStream getOutputStream() {
                return data;
            }

            @Override
            public byte[] getSignature() {
                return key.createSignature(rsa ? KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256
                        : KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data.toByteArray());
            }
        };
    }
}
