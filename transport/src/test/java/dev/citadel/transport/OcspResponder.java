package dev.citadel.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A minimal OCSP responder (RFC 6960 over HTTP GET and POST) on a loopback socket, signing with the
 * issuing CA's key: answers "good" or "revoked" for whatever is asked, as the test chooses.
 */
final class OcspResponder implements AutoCloseable {

    private final ServerSocket socket;
    private final TestCerts.Issued issuer;
    final AtomicBoolean revoked = new AtomicBoolean();
    final AtomicInteger requests = new AtomicInteger();

    OcspResponder(TestCerts.Issued issuer) throws IOException {
        this.issuer = issuer;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::serve);
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/ocsp";
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(5_000);
                byte[] request = readRequest(s.getInputStream());
                byte[] body = answer(request);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/ocsp-response\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (Exception e) {
                // a broken request: next one
            }
        }
    }

    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            head.write(c);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        String requestLine = headers.substring(0, headers.indexOf("\r\n"));
        if (requestLine.startsWith("GET ")) {
            String path = requestLine.split(" ")[1];
            String b64 = URLDecoder.decode(path.substring(path.indexOf("/ocsp/") + 6), StandardCharsets.US_ASCII);
            return Base64.getDecoder().decode(b64);
        }
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return in.readNBytes(length);
    }

    private byte[] answer(byte[] der) throws Exception {
        requests.incrementAndGet();
        OCSPReq req = new OCSPReq(der);
        X509CertificateHolder issuerHolder = new X509CertificateHolder(issuer.der());
        BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(issuerHolder.getSubject()));
        Date now = new Date();
        Date next = new Date(now.getTime() + 3_600_000L);
        for (Req r : req.getRequestList()) {
            CertificateStatus status = revoked.get()
                    ? new RevokedStatus(new Date(now.getTime() - 86_400_000L), CRLReason.keyCompromise) : CertificateStatus.GOOD;
            b.addResponse(r.getCertID(), status, new Date(now.getTime() - 60_000L), next, null);
        }
        BasicOCSPResp resp = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key().getPrivate()),
                new X509CertificateHolder[] {issuerHolder}, now);
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, resp).getEncoded();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

}
