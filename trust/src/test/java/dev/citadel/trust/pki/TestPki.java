package dev.citadel.trust.pki;

import dev.citadel.trust.Certificate;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made in tests with the JDK's default providers (BouncyCastle only builds the structures):
 * roots, intermediates and leaves with exactly the extensions a test needs.
 */
public final class TestPki {

    /** Default validity: wide around the default evaluation time {@link #NOW}. */
    public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    private TestPki() {}

    /** What to put in one certificate. */
    public static final class Spec {
        String subject;
        boolean ca;
        Integer pathLen;
        Integer keyUsage;
        List<KeyPurposeId> eku = new ArrayList<>();
        List<GeneralName> san = new ArrayList<>();
        List<GeneralSubtree> permitted = new ArrayList<>();
        List<GeneralSubtree> excluded = new ArrayList<>();
        Instant notBefore = Instant.parse("2020-01-01T00:00:00Z");
        Instant notAfter = Instant.parse("2040-01-01T00:00:00Z");
        String keyType = "EC";
        boolean keyIds = true;
        BigInteger serial;
        List<Extension> extra = new ArrayList<>();
        KeyPair key;

        public Spec ca(Integer pathLen) {
            this.ca = true;
            this.pathLen = pathLen;
            this.keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign;
            return this;
        }

        public Spec withSubject(String subject) {
            this.subject = subject;
            return this;
        }

        public Spec keyUsage(int bits) {
            this.keyUsage = bits;
            return this;
        }

        public Spec eku(KeyPurposeId... purposes) {
            eku.addAll(List.of(purposes));
            return this;
        }

        public Spec dns(String... names) {
            for (String n : names) {
                san.add(new GeneralName(GeneralName.dNSName, n));
            }
            return this;
        }

        public Spec ip(String... addresses) {
            for (String a : addresses) {
                san.add(new GeneralName(GeneralName.iPAddress, a));
            }
            return this;
        }

        public Spec email(String... addresses) {
            for (String a : addresses) {
                san.add(new GeneralName(GeneralName.rfc822Name, a));
            }
            return this;
        }

        public Spec permitDns(String base) {
            permitted.add(new GeneralSubtree(new GeneralName(GeneralName.dNSName, base)));
            return this;
        }

        public Spec excludeDns(String base) {
            excluded.add(new GeneralSubtree(new GeneralName(GeneralName.dNSName, base)));
            return this;
        }

        public Spec validity(Instant from, Instant to) {
            this.notBefore = from;
            this.notAfter = to;
            return this;
        }

        public Spec rsa() {
            this.keyType = "RSA";
            return this;
        }

        public Spec withoutKeyIdentifiers() {
            this.keyIds = false;
            return this;
        }

        public Spec serial(BigInteger serial) {
            this.serial = serial;
            return this;
        }

        public Spec extension(String oid, boolean critical, ASN1Encodable value) {
            try {
                extra.add(new Extension(new ASN1ObjectIdentifier(oid), critical, new DEROctetString(value)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** Reuse another certificate's key (cross-signing, key rollover). */
        public Spec key(KeyPair key) {
            this.key = key;
            return this;
        }
    }

    /** A CA or leaf spec. */
    public static Spec ca(String subject) {
        Spec s = new Spec().ca(null);
        s.subject = subject;
        return s;
    }

    /** A TLS server leaf: serverAuth, digitalSignature. */
    public static Spec leaf(String subject) {
        Spec s = new Spec();
        s.subject = subject;
        s.keyUsage = KeyUsage.digitalSignature;
        s.eku.add(KeyPurposeId.id_kp_serverAuth);
        return s;
    }

    /** A certificate with its key, able to issue more. */
    public record Issued(Certificate certificate, KeyPair key, X500Name name) {

        public Issued issue(Spec spec) {
            return build(spec, this);
        }

        public String pem() {
            return certificate.toPem();
        }
    }

    /** A self-signed root. */
    public static Issued root(String subject) {
        return build(ca(subject), null);
    }

    /** A self-signed certificate from {@code spec}. */
    public static Issued selfSigned(Spec spec) {
        return build(spec, null);
    }

    public static KeyPair newKey(String type) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(type);
            if (type.equals("EC")) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(2048);
            }
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Issued build(Spec spec, Issued issuer) {
        try {
            KeyPair key = spec.key != null ? spec.key : newKey(spec.keyType);
            X500Name subject = new X500Name(spec.subject);
            X500Name issuerName = issuer == null ? subject : issuer.name();
            KeyPair signing = issuer == null ? key : issuer.key();
            BigInteger serial = spec.serial != null ? spec.serial : BigInteger.valueOf(SERIAL.incrementAndGet());
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuerName, serial, Date.from(spec.notBefore),
                    Date.from(spec.notAfter), subject, SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()));
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            if (spec.ca) {
                b.addExtension(Extension.basicConstraints, true,
                        spec.pathLen == null ? new BasicConstraints(true) : new BasicConstraints(spec.pathLen));
            }
            if (spec.keyUsage != null) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(spec.keyUsage));
            }
            if (!spec.eku.isEmpty()) {
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(spec.eku.toArray(KeyPurposeId[]::new)));
            }
            if (!spec.san.isEmpty()) {
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(spec.san.toArray(GeneralName[]::new)));
            }
            if (!spec.permitted.isEmpty() || !spec.excluded.isEmpty()) {
                b.addExtension(Extension.nameConstraints, true, new NameConstraints(
                        spec.permitted.isEmpty() ? null : spec.permitted.toArray(GeneralSubtree[]::new),
                        spec.excluded.isEmpty() ? null : spec.excluded.toArray(GeneralSubtree[]::new)));
            }
            if (spec.keyIds) {
                b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
                if (issuer != null) {
                    b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(signing.getPublic()));
                }
            }
            for (Extension e : spec.extra) {
                b.addExtension(e);
            }
            String alg = signing.getPublic().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            byte[] der = b.build(new JcaContentSignerBuilder(alg).build(signing.getPrivate())).getEncoded();
            return new Issued(Certificate.parse(der), key, subject);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ASN.1 NULL, for extensions whose content does not matter. */
    public static ASN1Encodable nothing() {
        return DERNull.INSTANCE;
    }
}
