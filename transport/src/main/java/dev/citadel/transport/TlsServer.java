package dev.citadel.transport;

import dev.citadel.trust.Certificate;
import dev.citadel.trust.CertificateFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * A TLS (and DTLS) server identity from PEM files: a PKCS#8 private key and its chain (leaf first), with
 * ATS-grade {@link SSLParameters} (TLS 1.2 and 1.3, the forward-secret ATS suites in ATS order, server
 * order preferred) and optional ALPN.
 *
 * <h2>OCSP stapling</h2>
 * JSSE staples OCSP responses (fetched from the leaf's AIA responder and cached) only when the system
 * property {@code jdk.tls.server.enableStatusRequestExtension} is {@code true}. It is JVM-wide and read once,
 * when JSSE first initialises: set it on the command line
 * ({@code -Djdk.tls.server.enableStatusRequestExtension=true}) or call {@link #enableOcspStaplingJvmWide()}
 * before any TLS is used in the process. It then applies to every TLS server of the JVM.
 *
 * <h2>Does not</h2>
 * Request or verify client certificates; read encrypted or traditional ("BEGIN RSA PRIVATE KEY") keys;
 * reload certificates (build a new context).
 */
public final class TlsServer {

    /** The property JSSE reads for server-side OCSP stapling (JVM-wide, read once). */
    public static final String STAPLING_PROPERTY = "jdk.tls.server.enableStatusRequestExtension";
    /** Largest PEM file read. */
    public static final int MAX_PEM_BYTES = 1 << 20;

    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray(); // the key store never leaves memory

    private final SSLContext context;
    private final SSLContext dtlsContext;
    private final List<X509Certificate> chain;
    private final List<String> alpn;

    private TlsServer(PrivateKey key, List<X509Certificate> chain, List<String> alpn) {
        this.chain = List.copyOf(chain);
        this.alpn = List.copyOf(alpn);
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", key, IN_MEMORY_PASSWORD, chain.toArray(X509Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, IN_MEMORY_PASSWORD);
            this.context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            this.dtlsContext = SSLContext.getInstance("DTLSv1.2");
            dtlsContext.init(kmf.getKeyManagers(), null, null);
        } catch (GeneralSecurityException | IOException e) {
            throw new TransportSetupException(TransportReason.INVALID_KEY_MATERIAL, "the key and chain do not form a key store entry: " + e.getMessage(), e);
        }
    }

    /** Reads a PKCS#8 private key PEM file and a chain PEM file (leaf first). */
    public static TlsServer fromPem(Path chainPem, Path privateKeyPem) {
        return fromPem(read(chainPem), read(privateKeyPem));
    }

    /** As {@link #fromPem(Path, Path)} from PEM text. */
    public static TlsServer fromPem(String chainPem, String privateKeyPem) {
        return new TlsServer(privateKey(privateKeyPem), chain(chainPem), List.of());
    }

    /** This identity offering {@code protocols} by ALPN, in order of preference. */
    public TlsServer withAlpn(String... protocols) {
        TlsServer s = this;
        return new TlsServer(s, List.of(protocols));
    }

    private TlsServer(TlsServer from, List<String> alpn) {
        this.context = from.context;
        this.dtlsContext = from.dtlsContext;
        this.chain = from.chain;
        this.alpn = List.copyOf(alpn);
    }

    /** Sets {@value #STAPLING_PROPERTY} to true for this JVM. Effective only before JSSE's first use. */
    public static void enableOcspStaplingJvmWide() {
        System.setProperty(STAPLING_PROPERTY, "true");
    }

    /** Whether the property asks for stapling (not whether JSSE read it in time). */
    public static boolean ocspStaplingRequested() {
        return Boolean.parseBoolean(System.getProperty(STAPLING_PROPERTY));
    }

    public SSLContext sslContext() {
        return context;
    }

    /** A DTLS 1.2 context with the same identity. */
    public SSLContext dtlsContext() {
        return dtlsContext;
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    /** TLS 1.3 and 1.2, TLS 1.3 suites then the forward-secret ATS suites, server order, ALPN if set. */
    public SSLParameters sslParameters() {
        SSLParameters p = new SSLParameters();
        p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        p.setCipherSuites(SupportedAlgorithms.enabledSuites(true).toArray(String[]::new));
        p.setUseCipherSuitesOrder(true);
        if (!alpn.isEmpty()) {
            p.setApplicationProtocols(alpn.toArray(String[]::new));
        }
        return p;
    }

    /** DTLS 1.2 with the forward-secret ATS TLS 1.2 suites. */
    public SSLParameters dtlsParameters() {
        SSLParameters p = sslParameters();
        p.setProtocols(new String[] {"DTLSv1.2"});
        p.setCipherSuites(SupportedAlgorithms.ATS_TLS12_SUITES.toArray(String[]::new));
        return p;
    }

    /** A listening server socket on {@code address} with {@link #sslParameters()}. */
    public SSLServerSocket bind(InetSocketAddress address) {
        try {
            SSLServerSocket s = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
            s.setSSLParameters(sslParameters());
            s.bind(address);
            return s;
        } catch (IOException e) {
            throw new TransportSetupException(TransportReason.CONNECTION_FAILED, "cannot listen on " + address + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_PEM_BYTES) {
                throw new TransportSetupException(TransportReason.INVALID_KEY_MATERIAL, file + " is larger than " + MAX_PEM_BYTES + " bytes", null);
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new TransportSetupException(TransportReason.INVALID_KEY_MATERIAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> chain(String pem) {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : Certificate.parsePem(pem)) {
                out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(c.encoded())));
            }
            return out;
        } catch (CertificateFormatException | GeneralSecurityException e) {
            throw new TransportSetupException(TransportReason.INVALID_KEY_MATERIAL, "certificate chain: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(String pem) {
        String begin = "-----BEGIN PRIVATE KEY-----";
        String end = "-----END PRIVATE KEY-----";
        int b = pem.indexOf(begin);
        int e = pem.indexOf(end);
        if (b < 0 || e < b) {
            throw new TransportSetupException(TransportReason.INVALID_KEY_MATERIAL,
                    "no PKCS#8 \"BEGIN PRIVATE KEY\" block (convert with: openssl pkcs8 -topk8 -nocrypt)", null);
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e));
        } catch (IllegalArgumentException x) {
            throw new TransportSetupException(TransportReason.INVALID_KEY_MATERIAL, "private key PEM is not Base64", x);
        }
        try {
            String oid = PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm().getAlgorithm().getId();
            String algorithm = switch (oid) {
                case "1.2.840.113549.1.1.1" -> "RSA";
                case "1.2.840.10045.2.1" -> "EC";
                case "1.2.840.113549.1.1.10" -> "RSASSA-PSS";
                case "1.3.101.112" -> "Ed25519";
                default -> throw new TransportSetupException(TransportReason.INVALID_KEY_MATERIAL, "unsupported private key algorithm " + oid, null);
            };
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException x) {
            throw new TransportSetupException(TransportReason.INVALID_KEY_MATERIAL, "private key: " + x.getMessage(), x);
        }
    }
}
