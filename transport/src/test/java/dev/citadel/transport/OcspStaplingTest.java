package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresTool;
import dev.citadel.trust.TrustReason;
import dev.citadel.trust.TrustStore;
import dev.citadel.trust.revocation.RevocationChecking;
import dev.citadel.trust.revocation.RevocationPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server-side OCSP stapling end to end: our {@link TlsServer} (stapling on for this JVM) fetches the leaf's
 * status from its AIA responder and staples it; {@code openssl s_client -status} sees it, and our client uses
 * it as revocation evidence without fetching anything.
 */
@RequiresTool(value = "openssl", probe = "version")
class OcspStaplingTest {

    @TempDir
    Path dir;

    SSLServerSocket serve(TlsServer server) {
        SSLServerSocket s = server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofVirtual().start(() -> {
            while (!s.isClosed()) {
                try (SSLSocket c = (SSLSocket) s.accept()) {
                    c.setSoTimeout(5_000);
                    c.startHandshake();
                    c.getOutputStream().write('!');
                } catch (IOException e) {
                    // refused clients
                }
            }
        });
        return s;
    }

    @Test
    void stapledGoodThenStapledRevoked() throws Exception {
        TestCerts pki = new TestCerts();
        try (OcspResponder responder = new OcspResponder(pki.intermediate)) {
            TestCerts.ServerFiles files = pki.write(dir, "stapled", pki.leaf(TestCerts.LeafSpec.good().ocsp(responder.url())));
            Path root = pki.writeRoot(dir);
            // Leaf only and require a positive answer: only a stapled "good" can satisfy it, offline.
            RevocationPolicy require = RevocationPolicy.requirePositive().withScope(RevocationPolicy.Scope.LEAF_ONLY);
            TlsClient client = TlsClient.builder().trustStore(TrustStore.fromPem(root))
                    .revocation(RevocationChecking.offline(), require).build();

            try (SSLServerSocket s = serve(TlsServer.fromPem(files.fullChain(), files.key()))) {
                Processes.Result r = Processes.run(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + s.getLocalPort(),
                        "-servername", "localhost", "-status", "-CAfile", root.toString()), "", 20);
                assertThat(r.output()).contains("OCSP Response Status: successful").contains("Cert Status: good");
                try (TlsConnection c = client.connect("localhost", s.getLocalPort())) {
                    assertThat(c.peer().chain().leaf().subject()).contains("localhost");
                }
            }
            assertThat(responder.requests.get()).as("the server fetched; the client did not").isPositive();

            responder.revoked.set(true);
            try (SSLServerSocket s = serve(TlsServer.fromPem(files.fullChain(), files.key()))) {
                // A fresh server context has an empty stapling cache, so it staples the revoked answer.
                try (TlsConnection c = client.connect("localhost", s.getLocalPort())) {
                    throw new AssertionError("connected with a revoked leaf: " + c.peer());
                } catch (TransportRefusedException e) {
                    assertThat(e.reason()).isEqualTo(TransportReason.UNTRUSTED_CERTIFICATE);
                    assertThat(e.trustReason()).contains(TrustReason.REVOKED);
                }
            }
        }
    }

    @Test
    void withoutAStapleRequiredRevocationFails() throws Exception {
        TestCerts pki = new TestCerts();
        TestCerts.ServerFiles files = pki.write(dir, "plain", pki.leaf(TestCerts.LeafSpec.good()));
        TlsClient client = TlsClient.builder().trustStore(TrustStore.fromPem(pki.writeRoot(dir)))
                .revocation(RevocationChecking.offline(), RevocationPolicy.requirePositive().withScope(RevocationPolicy.Scope.LEAF_ONLY))
                .build();
        try (SSLServerSocket s = serve(TlsServer.fromPem(files.fullChain(), files.key()));
             TlsConnection c = client.connect("localhost", s.getLocalPort())) {
            throw new AssertionError("connected without revocation evidence: " + c.peer());
        } catch (TransportRefusedException e) {
            assertThat(e.trustReason()).contains(TrustReason.REVOCATION_UNKNOWN);
        }
    }
}
