package dev.citadel.corecrypto.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.internal.jca.provider.CitadelService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyAgreement;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real JSSE TLS 1.3 handshake over loopback, client and server in this JVM, with the Citadel provider
 * installed: a P-256 certificate chain made by the provider, the only signature scheme offered
 * ecdsa_secp256r1_sha256, one key-share group. The provider's service counters show that JSSE's
 * CertificateVerify signature, the chain and CertificateVerify verification, the key share and the key
 * agreement went through Citadel; a control run without the provider leaves them untouched.
 */
class JsseHandshakeTest {

    private static final char[] PASSWORD = "handshake".toCharArray();
    private static final String SCHEME = "ecdsa_secp256r1_sha256";

    @AfterEach
    void uninstall() {
        CitadelProvider.uninstall();
    }

    @ParameterizedTest(name = "key share {0}")
    @CsvSource({"x25519, X25519, X25519", "secp256r1, EC, ECDH"})
    void tls13HandshakeRunsOnTheProvider(String group, String keyPairAlgorithm, String agreementAlgorithm) throws Exception {
        CitadelProvider.install();
        assertThat(Signature.getInstance("SHA256withECDSA").getProvider().getName()).isEqualTo("Citadel");
        assertThat(KeyAgreement.getInstance(agreementAlgorithm).getProvider().getName()).isEqualTo("Citadel");
        TestCertificates.Chain chain = TestCertificates.chain(CitadelProvider.instance());

        Map<String, Long> before = counters(keyPairAlgorithm, agreementAlgorithm);
        SSLSession session = handshake(chain, group);
        Map<String, Long> after = counters(keyPairAlgorithm, agreementAlgorithm);

        assertThat(session.getProtocol()).isEqualTo("TLSv1.3");
        assertThat(session.getPeerCertificates()[0]).isEqualTo(chain.leaf());
        // Server signs CertificateVerify; client verifies it and the leaf's signature by the CA.
        assertThat(after.get("Signature") - before.get("Signature")).isGreaterThanOrEqualTo(3);
        // Each side generates a key share and runs one agreement.
        assertThat(after.get("KeyPairGenerator") - before.get("KeyPairGenerator")).isGreaterThanOrEqualTo(2);
        assertThat(after.get("KeyAgreement") - before.get("KeyAgreement")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void withoutInstallationJsseDoesNotTouchTheProvider() throws Exception {
        TestCertificates.Chain chain = TestCertificates.chain(CitadelProvider.instance()); // certificates only
        Map<String, Long> before = counters("X25519", "X25519");
        SSLSession session = handshake(chain, "x25519");
        assertThat(session.getProtocol()).isEqualTo("TLSv1.3");
        assertThat(counters("X25519", "X25519")).isEqualTo(before);
    }

    private static Map<String, Long> counters(String keyPairAlgorithm, String agreementAlgorithm) {
        return Map.of("Signature", instances("Signature", "SHA256withECDSA"),
                "KeyPairGenerator", instances("KeyPairGenerator", keyPairAlgorithm),
                "KeyAgreement", instances("KeyAgreement", agreementAlgorithm));
    }

    static long instances(String type, String algorithm) {
        return ((CitadelService) CitadelProvider.instance().getService(type, algorithm)).instances();
    }

    /** TLS 1.3 with one signature scheme and one key-share group; returns the client's session. */
    static SSLSession handshake(TestCertificates.Chain chain, String group) throws Exception {
        SSLContext server = serverContext(chain);
        SSLContext client = clientContext(chain);
        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0, 1,
                InetAddress.getLoopbackAddress())) {
            listener.setSSLParameters(parameters(group));
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (SSLSocket s = (SSLSocket) listener.accept()) {
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream();
                    out.write(in.read());
                    out.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                    listener.getLocalPort())) {
                socket.setSSLParameters(parameters(group));
                socket.startHandshake();
                socket.getOutputStream().write(42);
                socket.getOutputStream().flush();
                assertThat(socket.getInputStream().read()).isEqualTo(42);
                served.get(30, TimeUnit.SECONDS);
                return socket.getSession();
            }
        }
    }

    static SSLParameters parameters(String group) {
        SSLParameters p = new SSLParameters();
        p.setProtocols(new String[] {"TLSv1.3"});
        p.setNamedGroups(new String[] {group});
        p.setSignatureSchemes(new String[] {SCHEME});
        return p;
    }

    static SSLContext serverContext(TestCertificates.Chain chain) throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", chain.leafKeys().getPrivate(), PASSWORD, new Certificate[] {chain.leaf(), chain.ca()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX");
        kmf.init(ks, PASSWORD);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    static SSLContext clientContext(TestCertificates.Chain chain) throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", chain.ca());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    /** Keeps the KeyPairGenerator import honest: the JDK default still resolves when the provider is absent. */
    @Test
    void uninstalledTheJdkServesEcKeyPairs() throws GeneralSecurityException {
        assertThat(KeyPairGenerator.getInstance("EC").getProvider().getName()).isEqualTo("SunEC");
    }
}
