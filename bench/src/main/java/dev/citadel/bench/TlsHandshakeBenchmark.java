package dev.citadel.bench;

import dev.citadel.corecrypto.provider.CitadelProvider;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full TLS 1.3 handshakes per second between two in-memory {@link SSLEngine}s in one thread (no sockets):
 * ECDSA P-256 server certificate (signature scheme ecdsa_secp256r1_sha256), one key-share group, a fresh
 * handshake each time (no resumption). {@code provider=jdk}: the JDK's providers only;
 * {@code provider=citadel}: {@code CitadelProvider.install()} first, so JSSE's signatures, key shares and
 * key agreement run on Citadel (certificate parsing, HKDF, AES-GCM and hashing stay the JDK's).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(5)
@State(Scope.Benchmark)
public class TlsHandshakeBenchmark {

    private static final char[] PASSWORD = "bench".toCharArray();

    @Param({"jdk", "citadel"})
    public String provider;

    @Param({"x25519", "secp256r1"})
    public String group;

    private SSLContext server;
    private SSLContext client;
    private SSLParameters parameters;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        if (provider.equals("citadel")) {
            CitadelProvider.install();
        }
        Provider keys = Security.getProvider(provider.equals("citadel") ? "Citadel" : "SunEC");
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", keys);
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair kp = g.generateKeyPair();
        Instant now = Instant.now();
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                new X500Name("CN=localhost"), BigInteger.ONE, Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(1))), new X500Name("CN=localhost"), kp.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(keys).build(kp.getPrivate())));

        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", kp.getPrivate(), PASSWORD, new Certificate[] {cert});
        // SunX509 reads the key once at init; the PKIX key manager re-reads (PBKDF2-decrypts) the PKCS#12 entry
        // on every handshake, which would dominate the measurement.
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, PASSWORD);
        server = SSLContext.getInstance("TLSv1.3");
        server.init(kmf.getKeyManagers(), null, null);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        client = SSLContext.getInstance("TLSv1.3");
        client.init(null, tmf.getTrustManagers(), null);

        parameters = new SSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3"});
        parameters.setNamedGroups(new String[] {group});
        parameters.setSignatureSchemes(new String[] {"ecdsa_secp256r1_sha256"});
        handshake(); // fail at setup, not inside the measurement, if the configuration cannot handshake
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        CitadelProvider.uninstall();
    }

    @Benchmark
    public Object handshake() throws Exception {
        SSLEngine c = client.createSSLEngine();
        c.setUseClientMode(true);
        c.setSSLParameters(parameters);
        SSLEngine s = server.createSSLEngine();
        s.setUseClientMode(false);
        s.setSSLParameters(parameters);
        // Room for a whole flight (several records) before the peer reads it.
        int size = 4 * Math.max(c.getSession().getPacketBufferSize(), s.getSession().getPacketBufferSize());
        ByteBuffer toServer = ByteBuffer.allocate(size);
        ByteBuffer toClient = ByteBuffer.allocate(size);
        ByteBuffer app = ByteBuffer.allocate(Math.max(c.getSession().getApplicationBufferSize(),
                s.getSession().getApplicationBufferSize()));
        ByteBuffer empty = ByteBuffer.allocate(0);
        c.beginHandshake();
        s.beginHandshake();
        for (int rounds = 0; !(done(c) && done(s)); rounds++) {
            if (rounds > 100) {
                throw new IllegalStateException("handshake does not converge");
            }
            step(c, empty, toServer, toClient, app);
            step(s, empty, toClient, toServer, app);
        }
        return c.getSession();
    }

    private static boolean done(SSLEngine e) {
        HandshakeStatus h = e.getHandshakeStatus();
        return h == HandshakeStatus.NOT_HANDSHAKING || h == HandshakeStatus.FINISHED;
    }

    /** One engine's turn: run tasks, read what the peer sent, write what it has to send. */
    private static void step(SSLEngine e, ByteBuffer empty, ByteBuffer out, ByteBuffer in, ByteBuffer app) throws Exception {
        for (Runnable task; (task = e.getDelegatedTask()) != null;) {
            task.run();
        }
        in.flip();
        while (in.hasRemaining()) {
            app.clear();
            SSLEngineResult r = e.unwrap(in, app);
            for (Runnable task; (task = e.getDelegatedTask()) != null;) {
                task.run();
            }
            if (r.getStatus() != SSLEngineResult.Status.OK || r.bytesConsumed() == 0) {
                break;
            }
        }
        in.compact();
        while (e.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
            SSLEngineResult r = e.wrap(empty, out);
            if (r.getStatus() != SSLEngineResult.Status.OK) {
                throw new IllegalStateException("wrap: " + r);
            }
            for (Runnable task; (task = e.getDelegatedTask()) != null;) {
                task.run();
            }
        }
    }
}
