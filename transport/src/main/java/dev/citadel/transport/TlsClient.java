package dev.citadel.transport;

import dev.citadel.trust.TrustStore;
import dev.citadel.trust.ct.CtPolicy;
import dev.citadel.trust.ct.CtVerifier;
import dev.citadel.trust.ct.LogList;
import dev.citadel.trust.revocation.RevocationChecking;
import dev.citadel.trust.revocation.RevocationPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * TLS (and DTLS) clients that enforce an {@link AtsPolicy}: an {@link SSLContext} whose trust manager is an
 * {@link AtsTrustManager}, per-host {@link SSLParameters} (protocols from the host's minimum up, ATS suites,
 * SNI, ALPN), sockets that are connected and checked, and a {@link HttpClient} that also refuses {@code http:}
 * where ATS does.
 *
 * <pre>{@code
 * TlsClient client = TlsClient.builder().atsPolicy(AtsPolicyReader.read(Path.of("ats.plist")))
 *         .ctLogList(LogList.parse(Files.readAllBytes(Path.of("log_list.json")))).build();
 * try (TlsConnection c = client.connect("example.com", 443)) {
 *     c.socket().getOutputStream().write(request);
 * }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * See {@link AtsTrustManager}; in addition the ClientHello offers only what the host's policy accepts, so a
 * refused protocol or suite is never negotiated in the first place.
 *
 * <h2>Does not</h2>
 * Lower what the JVM itself disables ({@code jdk.tls.disabledAlgorithms}): an exception that allows TLS 1.0
 * or RSA key exchange takes effect only if the JVM allows them too (JDK 25 does not by default).
 */
public final class TlsClient {

    /** Default connect and handshake timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final AtsTrustManager trustManager;
    private final SSLContext context;
    private final SSLContext dtlsContext;
    private final List<String> alpn;
    private final Duration timeout;

    private TlsClient(Builder b) {
        TrustStore store = b.store != null ? b.store : TrustStore.jdkDefault();
        Optional<CtVerifier> ct = Optional.ofNullable(b.logList).map(l -> new CtVerifier(l, b.ctPolicy));
        this.trustManager = new AtsTrustManager(b.ats, store, b.clock, ct, b.revocation, b.revocationPolicy);
        this.context = context("TLS", trustManager);
        this.dtlsContext = context("DTLSv1.2", trustManager);
        this.alpn = List.copyOf(b.alpn);
        this.timeout = b.timeout;
    }

    private static SSLContext context(String protocol, AtsTrustManager tm) {
        try {
            SSLContext c = SSLContext.getInstance(protocol);
            c.init(null, new TrustManager[] {tm}, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("can't happen: the JDK provides " + protocol, e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public AtsPolicy atsPolicy() {
        return trustManager.atsPolicy();
    }

    public AtsTrustManager trustManager() {
        return trustManager;
    }

    /** A TLS context whose trust manager enforces the policy; use {@link #sslParameters(String)} on its sockets. */
    public SSLContext sslContext() {
        return context;
    }

    /** A DTLS 1.2 context with the same trust manager (see {@link dev.citadel.transport.dtls.DtlsSession}). */
    public SSLContext dtlsContext() {
        return dtlsContext;
    }

    /** The parameters for a connection to {@code host}: its protocols and suites, SNI for names, ALPN. */
    public SSLParameters sslParameters(String host) {
        EffectivePolicy p = atsPolicy().effectiveFor(host);
        SSLParameters params = base(p.minimumTlsVersion(), p.requiresForwardSecrecy());
        if (!p.host().contains(":") && !p.host().chars().allMatch(ch -> ch == '.' || Character.isDigit(ch))) {
            params.setServerNames(List.of(new SNIHostName(p.host())));
        }
        return params;
    }

    /**
     * The DTLS 1.2 parameters for {@code host}: the host's suites (TLS 1.3 suites left out) and SNI. DTLS 1.2
     * meets every ATS minimum up to TLS 1.2; a host whose minimum is TLS 1.3 cannot use DTLS.
     */
    public SSLParameters dtlsParameters(String host) {
        SSLParameters params = sslParameters(host);
        params.setProtocols(new String[] {"DTLSv1.2"});
        params.setCipherSuites(SupportedAlgorithms.enabledSuites(atsPolicy().effectiveFor(host).requiresForwardSecrecy()).stream()
                .filter(s -> !SupportedAlgorithms.TLS13_SUITES.contains(s)).toArray(String[]::new));
        return params;
    }

    /**
     * Parameters for connections to any host of the policy (what a {@link HttpClient} needs, which has one set
     * for every request): the union of every entry's protocols and suites. The trust manager still holds
     * each connection to its own host's policy.
     */
    public SSLParameters sslParameters() {
        AtsPolicy ats = atsPolicy();
        TlsVersion min = TlsVersion.TLS_1_2;
        boolean fs = true;
        if (ats.allowsArbitraryLoads() || ats.allowsLocalNetworking()) {
            min = TlsVersion.TLS_1_0;
            fs = false;
        }
        for (ExceptionDomain e : ats.exceptionDomains().values()) {
            min = e.minimumTlsVersion().compareTo(min) < 0 ? e.minimumTlsVersion() : min;
            fs &= e.requiresForwardSecrecy();
        }
        return base(min, fs);
    }

    private SSLParameters base(TlsVersion min, boolean requireForwardSecrecy) {
        SSLParameters params = new SSLParameters();
        List<String> protocols = new ArrayList<>();
        for (TlsVersion v : List.copyOf(EnumSet.range(min, TlsVersion.TLS_1_3)).reversed()) {
            protocols.add(v.jsseName());
        }
        params.setProtocols(protocols.toArray(String[]::new));
        params.setCipherSuites(SupportedAlgorithms.enabledSuites(requireForwardSecrecy).toArray(String[]::new));
        if (!alpn.isEmpty()) {
            params.setApplicationProtocols(alpn.toArray(String[]::new));
        }
        return params;
    }

    /**
     * Connects to {@code host:port}, completes the handshake under the host's policy and returns the
     * connection with its {@link VerifiedPeer}; throws {@link TransportRefusedException}.
     */
    public TlsConnection connect(String host, int port) {
        java.net.Socket plain = new java.net.Socket();
        SSLSocket layered = null;
        try {
            plain.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            plain.setSoTimeout((int) timeout.toMillis());
            // Layered with the host name, so that JSSE's session cache and the trust manager know the peer.
            layered = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
            layered.setSSLParameters(sslParameters(host));
            layered.startHandshake();
            Object peer = layered.getSession().getValue(AtsTrustManager.VERIFIED_PEER);
            VerifiedPeer verified = peer instanceof VerifiedPeer v ? v
                    : trustManager.verify(List.of((java.security.cert.X509Certificate[]) layered.getSession().getPeerCertificates()),
                            host, layered.getSession().getProtocol(), layered.getSession().getCipherSuite(), List.of());
            return new TlsConnection(layered, verified);
        } catch (IOException | RuntimeException e) {
            closeQuietly(layered != null ? layered : plain);
            throw explain(e, host + ":" + port);
        }
    }

    /**
     * The {@link TransportRefusedException} that explains {@code failure} (a handshake or I/O failure of a
     * connection made with this client's context): the trust manager's own refusal when there is one, else
     * the peer's alert mapped to {@code PROTOCOL_VERSION} or {@code NO_ACCEPTABLE_CIPHER_SUITE}, else
     * {@code CONNECTION_FAILED}.
     */
    public static TransportRefusedException explain(Throwable failure, String where) {
        Optional<TransportRefusedException> own = TransportRefusedException.find(failure);
        if (own.isPresent()) {
            return own.get();
        }
        String m = String.valueOf(failure.getMessage());
        if (failure instanceof SSLException) {
            if (m.contains("protocol_version") || m.contains("protocol version") || m.contains("No appropriate protocol")) {
                return new TransportRefusedException(TransportReason.PROTOCOL_VERSION,
                        where + ": no protocol version both sides accept (" + m + ")", failure);
            }
            if (m.contains("handshake_failure") || m.contains("insufficient_security") || m.contains("no cipher suites in common")
                    || m.contains("No negotiable cipher suite")) {
                return new TransportRefusedException(TransportReason.NO_ACCEPTABLE_CIPHER_SUITE,
                        where + ": no cipher suite both sides accept (" + m + ")", failure);
            }
        }
        return new TransportRefusedException(TransportReason.CONNECTION_FAILED, where + ": " + failure.getClass().getSimpleName() + ": " + m, failure);
    }

    private static void closeQuietly(java.net.Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that failed to connect
            }
        }
    }

    /** A {@link HttpClient} with this client's context that refuses {@code http:} where ATS does. */
    public HttpClient httpClient() {
        return httpClient(HttpClient.newBuilder().connectTimeout(timeout));
    }

    /**
     * {@code builder} with this client's context and parameters, wrapped so that requests to {@code http:}
     * URLs fail with {@link TransportReason#INSECURE_HTTP} unless the host's policy allows them. Keep
     * {@link HttpClient.Redirect#NEVER} or {@code NORMAL} (which never follows HTTPS to HTTP).
     */
    public HttpClient httpClient(HttpClient.Builder builder) {
        return new AtsHttpClient(builder.sslContext(context).sslParameters(sslParameters()).build(), atsPolicy());
    }

    /** Builds {@link TlsClient}s. */
    public static final class Builder {
        private AtsPolicy ats = AtsPolicy.DEFAULT;
        private TrustStore store;
        private Clock clock = Clock.systemUTC();
        private LogList logList;
        private CtPolicy ctPolicy = CtPolicy.APPLE;
        private RevocationChecking revocation = RevocationChecking.offline();
        private RevocationPolicy revocationPolicy = RevocationPolicy.softFail();
        private List<String> alpn = List.of();
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder() {}

        /** The ATS dictionary ({@link AtsPolicy#DEFAULT} by default). */
        public Builder atsPolicy(AtsPolicy ats) {
            this.ats = Objects.requireNonNull(ats, "ats");
            return this;
        }

        /** Trust anchors (the JDK's {@code cacerts} by default). */
        public Builder trustStore(TrustStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The clock of trust and CT evaluation. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The CT log list. Without one, a connection for which CT is required fails with
         * {@link TransportReason#CT_LOG_LIST_MISSING}.
         */
        public Builder ctLogList(LogList logList) {
            this.logList = Objects.requireNonNull(logList, "logList");
            return this;
        }

        /** The CT policy ({@link CtPolicy#APPLE} by default). */
        public Builder ctPolicy(CtPolicy policy) {
            this.ctPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Revocation checking (default: offline, soft-fail — the stapled OCSP response is the only evidence,
         * and a stapled "revoked" refuses the connection).
         */
        public Builder revocation(RevocationChecking checking, RevocationPolicy policy) {
            this.revocation = Objects.requireNonNull(checking, "checking");
            this.revocationPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** ALPN protocols to offer, in order of preference (none by default). */
        public Builder alpn(String... protocols) {
            this.alpn = List.of(protocols);
            return this;
        }

        /** Connect and read timeout of {@link #connect}. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        public TlsClient build() {
            return new TlsClient(this);
        }
    }
}
