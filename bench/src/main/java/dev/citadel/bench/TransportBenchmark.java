package dev.citadel.bench;

import dev.citadel.transport.TlsClient;
import dev.citadel.transport.TlsServer;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.TrustStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full TLS 1.3 and 1.2 handshakes per second, client and server in this process over loopback, with the
 * JDK's default providers: the Citadel client ({@link TlsClient}: ATS parameters, the ATS trust manager
 * over the trust module) against the JDK's own PKIX trust manager with HTTPS endpoint identification. The
 * server is a {@link TlsServer} with an ECDSA P-256 chain (leaf, intermediate; root as the only anchor).
 * Sessions are invalidated after each handshake so every one is full; TCP_NODELAY on both ends, so that
 * delayed ACKs do not set the pace.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TransportBenchmark {

    SSLServerSocket server;
    TlsClient citadel;
    SSLContext jdk;
    int port;

    @Setup
    public void setup() throws Exception {
        KeyPair rootKey = key();
        KeyPair icaKey = key();
        KeyPair leafKey = key();
        X500Name root = new X500Name("CN=Bench Root");
        X500Name ica = new X500Name("CN=Bench ICA");
        byte[] rootDer = cert(root, root, rootKey, rootKey, true);
        byte[] icaDer = cert(ica, root, icaKey, rootKey, true);
        byte[] leafDer = cert(new X500Name("CN=localhost"), ica, leafKey, icaKey, false);
        String keyPem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(leafKey.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        TlsServer identity = TlsServer.fromPem(Certificate.parse(leafDer).toPem() + Certificate.parse(icaDer).toPem(), keyPem);
        server = identity.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        port = server.getLocalPort();
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try {
                    SSLSocket s = (SSLSocket) server.accept();
                    s.setTcpNoDelay(true); // else delayed ACKs (40 ms) bound every handshake, not the work
                    Thread.ofVirtual().start(() -> {
                        try (s) {
                            s.startHandshake();
                            s.getOutputStream().write(1);
                            s.getOutputStream().flush();
                        } catch (IOException ignored) {
                            // the client closed
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        citadel = TlsClient.builder().trustStore(TrustStore.ofCertificates(java.util.List.of(Certificate.parse(rootDer)))).build();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("root", java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(rootDer)));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(ks);
        jdk = SSLContext.getInstance("TLS");
        jdk.init(null, tmf.getTrustManagers(), null);
        // fail setup, not the measurement, if either client cannot connect
        tls13Handshake_citadel();
        tls13Handshake_jdk();
        tls12Handshake_citadel();
        tls12Handshake_jdk();
    }

    @TearDown
    public void tearDown() throws IOException {
        server.close();
    }

    private int citadel(String protocol) throws IOException {
        SSLSocket s = (SSLSocket) citadel.sslContext().getSocketFactory().createSocket("localhost", port);
        try (s) {
            s.setTcpNoDelay(true);
            SSLParameters p = citadel.sslParameters("localhost");
            p.setProtocols(new String[] {protocol});
            s.setSSLParameters(p);
            s.startHandshake();
            int b = s.getInputStream().read();
            s.getSession().invalidate();
            return b;
        }
    }

    private int jdk(String protocol) throws IOException {
        SSLSocket s = (SSLSocket) jdk.getSocketFactory().createSocket("localhost", port);
        try (s) {
            s.setTcpNoDelay(true);
            SSLParameters p = jdk.getDefaultSSLParameters();
            p.setProtocols(new String[] {protocol});
            p.setEndpointIdentificationAlgorithm("HTTPS");
            p.setServerNames(java.util.List.of(new SNIHostName("localhost")));
            s.setSSLParameters(p);
            s.startHandshake();
            int b = s.getInputStream().read();
            s.getSession().invalidate();
            return b;
        }
    }

    @Benchmark
    public int tls13Handshake_citadel() throws IOException {
        return citadel("TLSv1.3");
    }

    @Benchmark
    public int tls13Handshake_jdk() throws IOException {
        return jdk("TLSv1.3");
    }

    @Benchmark
    public int tls12Handshake_citadel() throws IOException {
        return citadel("TLSv1.2");
    }

    @Benchmark
    public int tls12Handshake_jdk() throws IOException {
        return jdk("TLSv1.2");
    }

    private static KeyPair key() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static byte[] cert(X500Name subject, X500Name issuer, KeyPair key, KeyPair signer, boolean ca) throws Exception {
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
                Date.from(Instant.parse("2025-01-01T00:00:00Z")), Date.from(Instant.parse("2040-01-01T00:00:00Z")), subject,
                SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()));
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
        if (issuer != subject) {
            b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(signer.getPublic()));
        }
        if (ca) {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
        }
        return b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())).getEncoded();
    }
}
