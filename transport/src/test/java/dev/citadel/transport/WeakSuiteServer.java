package dev.citadel.transport;

import dev.citadel.trust.TrustStore;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Run in its own JVM by {@link WeakSuiteTest}: relaxes {@code jdk.tls.disabledAlgorithms} for this process
 * only, serves TLS 1.2 with exactly one weak suite, proves a permissive JSSE client negotiates it, then shows
 * what the Citadel client does. Prints {@code KEY value} lines the test reads; then serves until killed.
 * Arguments: full-chain PEM, key PEM, root PEM, suite.
 */
public final class WeakSuiteServer {

    private WeakSuiteServer() {}

    public static void main(String[] args) throws Exception {
        Security.setProperty("jdk.tls.disabledAlgorithms", "SSLv3"); // this JVM only, before any TLS is used
        Path chain = Path.of(args[0]);
        Path key = Path.of(args[1]);
        Path root = Path.of(args[2]);
        String suite = args[3];
        TlsServer identity = TlsServer.fromPem(chain, key);
        SSLServerSocket server = (SSLServerSocket) identity.sslContext().getServerSocketFactory().createServerSocket();
        SSLParameters sp = new SSLParameters(new String[] {suite}, new String[] {"TLSv1.2"});
        server.setSSLParameters(sp);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofVirtual().start(() -> {
            while (true) {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                    s.setSoTimeout(5_000);
                    s.startHandshake();
                    s.getOutputStream().write('!');
                } catch (Exception e) {
                    // refused clients
                }
            }
        });
        System.out.println("PORT " + server.getLocalPort());

        // 1. A permissive client (JSSE defaults relaxed the same way, the test root trusted) connects.
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("root", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(root))));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        SSLContext permissive = SSLContext.getInstance("TLS");
        permissive.init(null, tmf.getTrustManagers(), null);
        try (SSLSocket s = (SSLSocket) permissive.getSocketFactory().createSocket("localhost", server.getLocalPort())) {
            s.setSSLParameters(new SSLParameters(new String[] {suite}, new String[] {"TLSv1.2"}));
            s.startHandshake();
            System.out.println("PERMISSIVE " + s.getSession().getCipherSuite());
        }

        // 2. The Citadel client, as built: its ClientHello does not offer the suite.
        TlsClient client = TlsClient.builder().trustStore(TrustStore.fromPem(root)).build();
        try (TlsConnection c = client.connect("localhost", server.getLocalPort())) {
            System.out.println("CITADEL CONNECTED " + c.peer().cipherSuite());
        } catch (TransportRefusedException e) {
            System.out.println("CITADEL " + e.reason());
        }

        // 3. The Citadel trust manager on a socket whose caller forced the weak suite in.
        try (SSLSocket s = (SSLSocket) client.sslContext().getSocketFactory().createSocket("localhost", server.getLocalPort())) {
            SSLParameters forced = client.sslParameters("localhost");
            forced.setCipherSuites(new String[] {suite});
            forced.setProtocols(new String[] {"TLSv1.2"});
            s.setSSLParameters(forced);
            s.startHandshake();
            System.out.println("FORCED CONNECTED " + s.getSession().getCipherSuite());
        } catch (Exception e) {
            TransportRefusedException r = TlsClient.explain(e, "localhost");
            System.out.println("FORCED " + r.reason() + " " + r.algorithm().map(Enum::name).orElse("-"));
        }
        System.out.println("DONE");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
