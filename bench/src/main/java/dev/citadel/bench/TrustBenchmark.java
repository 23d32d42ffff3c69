package dev.citadel.bench;

import dev.citadel.trust.Certificate;
import dev.citadel.trust.TrustEvaluator;
import dev.citadel.trust.TrustPolicy;
import dev.citadel.trust.TrustResult;
import dev.citadel.trust.TrustStore;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Chain validations per second on a typical 3-certificate web chain (root → intermediate → leaf, a
 * P-256 or RSA-2048 leaf under a P-256 intermediate and root): Citadel's {@link TrustEvaluator} (path building,
 * policy and host-name checks included) vs the JDK's {@code CertPathValidator} vs BouncyCastle's PKIX
 * {@code CertPathValidator} (path given, revocation off, no host-name check). Each operation starts from the
 * DER bytes of leaf and intermediate, as a TLS handshake delivers them, and takes the next of
 * {@link #CHAINS} distinct chains: the JDK's {@code CertificateFactory} hands out cached objects for bytes
 * it has seen (750 entries) and those remember their last successful verification, so one repeated chain
 * would time a cache hit. Trust anchors are parsed once. Method names are {@code validate_<engine>}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class TrustBenchmark {

    @Param({"p256", "rsa2048"})
    public String leafKey;

    static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
    /** Distinct chains cycled through (more than the JDK's certificate cache holds). */
    static final int CHAINS = 2048;

    TrustEvaluator citadel;
    TrustPolicy policy;

    byte[][] leafDer = new byte[CHAINS][];
    byte[][] icaDer = new byte[CHAINS][];
    int next;
    CertificateFactory jdkFactory;
    PKIXParameters jdkParams;
    CertPathValidator jdkValidator;
    CertificateFactory bcFactory;
    PKIXParameters bcParams;
    CertPathValidator bcValidator;

    @Setup
    public void setUp() throws Exception {
        KeyPair rootKey = key("EC");
        KeyPair icaKey = key("EC");
        KeyPair leafPair = key(leafKey.equals("p256") ? "EC" : "RSA");
        byte[] root = issue("CN=Bench Root", rootKey, "CN=Bench Root", rootKey, true, null);
        for (int i = 0; i < CHAINS; i++) { // same keys, distinct serial numbers and signatures
            icaDer[i] = issue("CN=Bench ICA", icaKey, "CN=Bench Root", rootKey, true, null);
            leafDer[i] = issue("CN=www.example.com", leafPair, "CN=Bench ICA", icaKey, false, "www.example.com");
        }
        citadel = TrustEvaluator.builder(TrustStore.ofCertificates(List.of(Certificate.parse(root))))
                .clock(Clock.fixed(AT, ZoneOffset.UTC)).build();
        policy = TrustPolicy.sslServer("www.example.com");

        jdkFactory = CertificateFactory.getInstance("X.509");
        jdkParams = new PKIXParameters(Set.of(new TrustAnchor(x509(jdkFactory, root), null)));
        jdkParams.setRevocationEnabled(false);
        jdkParams.setDate(Date.from(AT));
        jdkValidator = CertPathValidator.getInstance("PKIX");

        BouncyCastleProvider bc = new BouncyCastleProvider(); // passed explicitly, never registered
        bcFactory = CertificateFactory.getInstance("X.509", bc);
        bcParams = new PKIXParameters(Set.of(new TrustAnchor(x509(bcFactory, root), null)));
        bcParams.setRevocationEnabled(false);
        bcParams.setDate(Date.from(AT));
        bcValidator = CertPathValidator.getInstance("PKIX", bc);

        if (!validate_citadel().result().trusted()) {
            throw new IllegalStateException("Citadel does not trust the benchmark chain");
        }
        validate_jdk();
        validate_bouncycastle();
    }

    @Benchmark
    public TrustResult validate_citadel() {
        int i = next++ & (CHAINS - 1);
        return citadel.evaluate(Certificate.parse(leafDer[i]), List.of(Certificate.parse(icaDer[i])), policy);
    }

    @Benchmark
    public Object validate_jdk() throws Exception {
        int i = next++ & (CHAINS - 1);
        CertPath path = jdkFactory.generateCertPath(List.of(x509(jdkFactory, leafDer[i]), x509(jdkFactory, icaDer[i])));
        return jdkValidator.validate(path, jdkParams);
    }

    @Benchmark
    public Object validate_bouncycastle() throws Exception {
        int i = next++ & (CHAINS - 1);
        CertPath path = bcFactory.generateCertPath(List.of(x509(bcFactory, leafDer[i]), x509(bcFactory, icaDer[i])));
        return bcValidator.validate(path, bcParams);
    }

    static final java.util.Random RANDOM = new java.util.Random(1);

    static X509Certificate x509(CertificateFactory f, byte[] der) throws Exception {
        return (X509Certificate) f.generateCertificate(new ByteArrayInputStream(der));
    }

    static KeyPair key(String type) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance(type);
        if (type.equals("EC")) {
            g.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            g.initialize(2048);
        }
        return g.generateKeyPair();
    }

    static byte[] issue(String subject, KeyPair subjectKey, String issuer, KeyPair issuerKey, boolean ca, String dns) throws Exception {
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(new X500Name(issuer), new BigInteger(64, RANDOM).add(BigInteger.ONE),
                Date.from(Instant.parse("2025-01-01T00:00:00Z")), Date.from(Instant.parse("2030-01-01T00:00:00Z")),
                new X500Name(subject), SubjectPublicKeyInfo.getInstance(subjectKey.getPublic().getEncoded()));
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey.getPublic()));
        if (!subject.equals(issuer)) {
            b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey.getPublic()));
        }
        if (ca) {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, dns)));
        }
        return b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate())).getEncoded();
    }
}
