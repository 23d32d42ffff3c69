package dev.citadel.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test certificates made with the JDK's providers (BouncyCastle builds the structures): a root, an
 * intermediate and leaves with exactly the weakness a test needs (SHA-1 signature, RSA-1024 key, wrong name),
 * written as PEM files an {@code openssl s_server} or a {@link TlsServer} can load.
 */
final class TestCerts {

    static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2040-01-01T00:00:00Z");
    private static final AtomicLong SERIAL = new AtomicLong(7000);

    /** A certificate and its key. */
    record Issued(byte[] der, KeyPair key, X500Name name) {
        String pem() {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n";
        }

        String keyPem() {
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
        }

        dev.citadel.trust.Certificate certificate() {
            return dev.citadel.trust.Certificate.parse(der);
        }
    }

    /** What a leaf looks like. */
    record LeafSpec(String keyType, int keyBits, String signatureHash, List<String> dnsNames, List<String> ips, String ocspUrl) {
        static LeafSpec good() {
            return new LeafSpec("RSA", 2048, "SHA256", List.of("localhost"), List.of("127.0.0.1"), null);
        }

        LeafSpec ec() {
            return new LeafSpec("EC", 256, signatureHash, dnsNames, ips, ocspUrl);
        }

        LeafSpec rsa(int bits) {
            return new LeafSpec("RSA", bits, signatureHash, dnsNames, ips, ocspUrl);
        }

        LeafSpec signedWith(String hash) {
            return new LeafSpec(keyType, keyBits, hash, dnsNames, ips, ocspUrl);
        }

        LeafSpec names(String... dns) {
            return new LeafSpec(keyType, keyBits, signatureHash, List.of(dns), List.of(), ocspUrl);
        }

        LeafSpec ocsp(String url) {
            return new LeafSpec(keyType, keyBits, signatureHash, dnsNames, ips, url);
        }
    }

    final Issued root;
    final Issued intermediate;

    TestCerts() {
        root = issue("CN=Citadel Transport Test Root", true, newKey("RSA", 2048), null, "SHA256", List.of(), List.of(), null);
        intermediate = issue("CN=Citadel Transport Test Intermediate", true, newKey("RSA", 2048), root, "SHA256", List.of(), List.of(), null);
    }

    Issued leaf(LeafSpec spec) {
        return issue("CN=" + (spec.dnsNames().isEmpty() ? "leaf" : spec.dnsNames().getFirst()), false,
                newKey(spec.keyType(), spec.keyBits()), intermediate, spec.signatureHash(), spec.dnsNames(), spec.ips(), spec.ocspUrl());
    }

    /** Files for a server: {@code name.crt} (leaf), {@code name.chain} (intermediate), {@code name-full.pem}, {@code name.key}. */
    ServerFiles write(Path dir, String name, Issued leaf) {
        try {
            Path cert = dir.resolve(name + ".crt");
            Path chain = dir.resolve(name + ".chain");
            Path full = dir.resolve(name + "-full.pem");
            Path key = dir.resolve(name + ".key");
            Files.writeString(cert, leaf.pem());
            Files.writeString(chain, intermediate.pem());
            Files.writeString(full, leaf.pem() + intermediate.pem());
            Files.writeString(key, leaf.keyPem());
            return new ServerFiles(cert, chain, full, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path writeRoot(Path dir) {
        try {
            Path p = dir.resolve("root.pem");
            Files.writeString(p, root.pem());
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PEM files of one server identity. */
    record ServerFiles(Path leaf, Path intermediate, Path fullChain, Path key) {}

    static KeyPair newKey(String type, int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(type);
            if (type.equals("EC")) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(bits);
            }
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Issued issue(String subject, boolean ca, KeyPair key, Issued issuer, String hash, List<String> dns, List<String> ips,
            String ocspUrl) {
        try {
            X500Name name = new X500Name(subject);
            KeyPair signing = issuer == null ? key : issuer.key();
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer == null ? name : issuer.name(),
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(NOT_BEFORE), Date.from(NOT_AFTER), name,
                    SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()));
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            if (ca) {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                GeneralName[] names = new GeneralName[dns.size() + ips.size()];
                int i = 0;
                for (String d : dns) {
                    names[i++] = new GeneralName(GeneralName.dNSName, d);
                }
                for (String ip : ips) {
                    names[i++] = new GeneralName(GeneralName.iPAddress, ip);
                }
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
                if (ocspUrl != null) {
                    b.addExtension(Extension.authorityInfoAccess, false, new org.bouncycastle.asn1.x509.AuthorityInformationAccess(
                            org.bouncycastle.asn1.x509.AccessDescription.id_ad_ocsp,
                            new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
                }
            }
            b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
            if (issuer != null) {
                b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(signing.getPublic()));
            }
            String alg = hash + "with" + (signing.getPublic().getAlgorithm().equals("EC") ? "ECDSA" : "RSA");
            byte[] der = b.build(new JcaContentSignerBuilder(alg).build(signing.getPrivate())).getEncoded();
            return new Issued(der, key, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
