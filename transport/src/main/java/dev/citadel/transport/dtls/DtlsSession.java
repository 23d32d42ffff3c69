package dev.citadel.transport.dtls;

import dev.citadel.transport.AtsTrustManager;
import dev.citadel.transport.TransportReason;
import dev.citadel.transport.TransportRefusedException;
import dev.citadel.transport.TransportSetupException;
import dev.citadel.transport.VerifiedPeer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * DTLS 1.2 (RFC 6347) over a {@link DatagramChannel}: a JSSE {@link SSLEngine} driven through the handshake
 * (with retransmission on timeout) and then used for application datagrams, one record per datagram.
 *
 * <pre>{@code
 * TlsClient client = TlsClient.builder().trustStore(roots).build();
 * try (DatagramChannel ch = DatagramChannel.open();
 *      DtlsSession s = DtlsSession.connect(client.dtlsContext(), client.dtlsParameters("localhost"), ch,
 *              new InetSocketAddress("localhost", port), Duration.ofSeconds(10))) {
 *     s.send("ping".getBytes(UTF_8));
 *     byte[] reply = s.receive(Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * A client session built on {@code TlsClient#dtlsContext()} is accepted by {@link AtsTrustManager} like a
 * TLS one (policy, trust, pins, CT); a refusal surfaces as its {@link TransportRefusedException}. Datagrams
 * from any address other than the peer are dropped. Work is bounded by {@link #MAX_HANDSHAKE_STEPS} and
 * {@link #MAX_RETRANSMISSIONS}.
 *
 * <h2>Does not</h2>
 * Demultiplex several peers on one channel (one session per channel), resume sessions, or do DTLS 1.3 (JSSE
 * has none). {@link #receive} returns one application record per call; further application records packed
 * into the same datagram are dropped (this helper sends one per datagram, as most DTLS peers do).
 */
public final class DtlsSession implements AutoCloseable {

    /** Engine steps allowed for one handshake (a full handshake takes a few dozen). */
    public static final int MAX_HANDSHAKE_STEPS = 1_000;
    /** Timeouts (each followed by a retransmission) tolerated per handshake. */
    public static final int MAX_RETRANSMISSIONS = 5;
    /** Largest datagram read or written (an IPv4 UDP payload at most). */
    public static final int MAX_DATAGRAM = 65_507;
    /** DTLS record size asked of the engine: fits common path MTUs. */
    public static final int MAXIMUM_PACKET_SIZE = 1_400;

    private final SSLEngine engine;
    private final DatagramChannel channel;
    private final SocketAddress peer;
    private final Selector selector;

    private DtlsSession(SSLEngine engine, DatagramChannel channel, SocketAddress peer, Selector selector) {
        this.engine = engine;
        this.channel = channel;
        this.peer = peer;
        this.selector = selector;
    }

    /**
     * Connects to {@code peer} as a DTLS client and completes the handshake. {@code parameters} should come from
     * {@code TlsClient#dtlsParameters(host)}; the peer's host name is taken from {@code peer}.
     */
    public static DtlsSession connect(SSLContext context, SSLParameters parameters, DatagramChannel channel,
            InetSocketAddress peer, Duration timeout) {
        SSLEngine engine = context.createSSLEngine(peer.getHostString(), peer.getPort());
        engine.setUseClientMode(true);
        return start(engine, parameters, channel, peer, null, timeout);
    }

    /**
     * Waits for a client on {@code channel} (bound by the caller) and completes the handshake with the first
     * one that writes; {@code parameters} from {@code TlsServer#dtlsParameters()}.
     */
    public static DtlsSession accept(SSLContext context, SSLParameters parameters, DatagramChannel channel, Duration timeout) {
        Selector selector = selector(channel);
        ByteBuffer first = ByteBuffer.allocate(MAX_DATAGRAM);
        SocketAddress from = receiveFrom(channel, selector, null, first, timeout);
        if (from == null) {
            close(selector);
            throw new TransportSetupException(TransportReason.TIMEOUT, "no DTLS client within " + timeout, null);
        }
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        first.flip();
        return start(engine, parameters, channel, from, first, timeout, selector);
    }

    private static DtlsSession start(SSLEngine engine, SSLParameters parameters, DatagramChannel channel, SocketAddress peer,
            ByteBuffer firstDatagram, Duration timeout) {
        return start(engine, parameters, channel, peer, firstDatagram, timeout, selector(channel));
    }

    private static DtlsSession start(SSLEngine engine, SSLParameters parameters, DatagramChannel channel, SocketAddress peer,
            ByteBuffer firstDatagram, Duration timeout, Selector selector) {
        SSLParameters p = Objects.requireNonNull(parameters, "parameters");
        p.setMaximumPacketSize(MAXIMUM_PACKET_SIZE);
        engine.setSSLParameters(p);
        DtlsSession s = new DtlsSession(engine, channel, peer, selector);
        try {
            engine.beginHandshake();
            s.handshake(firstDatagram, timeout);
            return s;
        } catch (SSLException e) {
            s.closeQuietly();
            throw TransportRefusedException.find(e).map(r -> (RuntimeException) r).orElseGet(() ->
                    new TransportSetupException(TransportReason.DTLS_HANDSHAKE_FAILED, e.getMessage(), e));
        } catch (RuntimeException e) {
            s.closeQuietly();
            throw e;
        }
    }

    private void handshake(ByteBuffer pending, Duration timeout) throws SSLException {
        ByteBuffer app = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
        int retransmissions = 0;
        for (int step = 0; step < MAX_HANDSHAKE_STEPS; step++) {
            SSLEngineResult.HandshakeStatus hs = engine.getHandshakeStatus();
            switch (hs) {
                case FINISHED, NOT_HANDSHAKING -> {
                    return;
                }
                case NEED_TASK -> runTasks();
                case NEED_WRAP -> flight();
                case NEED_UNWRAP_AGAIN -> {
                    ByteBuffer in = pending != null ? pending : ByteBuffer.allocate(0);
                    unwrap(in, app);
                    pending = in.hasRemaining() ? in : null;
                }
                case NEED_UNWRAP -> {
                    ByteBuffer in = pending;
                    pending = null;
                    if (in == null) {
                        in = ByteBuffer.allocate(MAX_DATAGRAM);
                        if (receiveFrom(channel, selector, peer, in, timeout) == null) {
                            if (++retransmissions > MAX_RETRANSMISSIONS) {
                                throw new TransportSetupException(TransportReason.TIMEOUT,
                                        "DTLS handshake: no answer after " + MAX_RETRANSMISSIONS + " retransmissions", null);
                            }
                            flight(); // the engine retransmits its last flight when asked to wrap while waiting
                            continue;
                        }
                        in.flip();
                    }
                    unwrap(in, app);
                    pending = in.hasRemaining() ? in : null; // a datagram may carry several records
                }
            }
        }
        throw new TransportSetupException(TransportReason.DTLS_HANDSHAKE_FAILED, "DTLS handshake: more than " + MAX_HANDSHAKE_STEPS + " steps", null);
    }

    private void runTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }

    /** Wraps and sends records until the engine has nothing more to send. */
    private void flight() throws SSLException {
        for (int i = 0; i < MAX_HANDSHAKE_STEPS; i++) {
            ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            SSLEngineResult r = engine.wrap(ByteBuffer.allocate(0), out);
            out.flip();
            if (out.hasRemaining()) {
                send(out);
            }
            if (r.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
                runTasks();
            }
            if (r.getStatus() == SSLEngineResult.Status.CLOSED || engine.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NEED_WRAP) {
                return;
            }
        }
    }

    private SSLEngineResult unwrap(ByteBuffer in, ByteBuffer app) throws SSLException {
        SSLEngineResult r = engine.unwrap(in, app);
        if (r.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
            runTasks();
        }
        return r;
    }

    /** Sends {@code data} as one DTLS record (one datagram). */
    public void send(byte[] data) {
        if (data.length > engine.getSession().getApplicationBufferSize()) {
            throw new TransportSetupException(TransportReason.DATAGRAM_TOO_LARGE,
                    data.length + " bytes do not fit one DTLS record (" + engine.getSession().getApplicationBufferSize() + ")", null);
        }
        try {
            ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            SSLEngineResult r = engine.wrap(ByteBuffer.wrap(data), out);
            if (r.getStatus() != SSLEngineResult.Status.OK) {
                throw new TransportSetupException(TransportReason.DATAGRAM_TOO_LARGE, "wrap: " + r.getStatus(), null);
            }
            out.flip();
            send(out);
        } catch (SSLException e) {
            throw new TransportSetupException(TransportReason.CONNECTION_FAILED, e.getMessage(), e);
        }
    }

    /**
     * The next application datagram from the peer; handshake records that arrive meanwhile (a retransmitted
     * final flight) are answered. Throws {@code TIMEOUT} if none arrives in time.
     */
    public byte[] receive(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteBuffer app = ByteBuffer.allocate(Math.max(engine.getSession().getApplicationBufferSize(), MAX_DATAGRAM));
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                ByteBuffer in = ByteBuffer.allocate(MAX_DATAGRAM);
                if (left <= 0 || receiveFrom(channel, selector, peer, in, Duration.ofNanos(left)) == null) {
                    throw new TransportSetupException(TransportReason.TIMEOUT, "no DTLS datagram within " + timeout, null);
                }
                in.flip();
                app.clear();
                do { // a datagram may carry several records; the first with application data is returned
                    SSLEngineResult r = unwrap(in, app);
                    if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                        throw new TransportSetupException(TransportReason.CONNECTION_FAILED, "the peer closed the DTLS session", null);
                    }
                    if (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
                        flight();
                    }
                } while (app.position() == 0 && in.hasRemaining());
                if (app.position() > 0) {
                    app.flip();
                    byte[] out = new byte[app.remaining()];
                    app.get(out);
                    return out;
                }
            }
        } catch (SSLException e) {
            throw new TransportSetupException(TransportReason.CONNECTION_FAILED, e.getMessage(), e);
        }
    }

    /** The DTLS session (protocol, suite, peer certificates). */
    public SSLSession session() {
        return engine.getSession();
    }

    /** The peer {@link AtsTrustManager} accepted, for client sessions built on a {@code TlsClient} context. */
    public Optional<VerifiedPeer> verifiedPeer() {
        return engine.getSession().getValue(AtsTrustManager.VERIFIED_PEER) instanceof VerifiedPeer v ? Optional.of(v) : Optional.empty();
    }

    public SocketAddress peer() {
        return peer;
    }

    /** Sends close_notify; does not close the channel (the caller owns it). */
    @Override
    public void close() {
        engine.closeOutbound();
        try {
            flight();
        } catch (SSLException | RuntimeException ignored) {
            // best effort: the peer may be gone
        }
        close(selector);
    }

    private void closeQuietly() {
        try {
            engine.closeOutbound();
        } catch (RuntimeException ignored) {
            // already failed
        }
        close(selector);
    }

    private void send(ByteBuffer datagram) {
        try {
            channel.send(datagram, peer);
        } catch (IOException e) {
            throw new TransportSetupException(TransportReason.CONNECTION_FAILED, "send to " + peer + ": " + e.getMessage(), e);
        }
    }

    private static Selector selector(DatagramChannel channel) {
        try {
            channel.configureBlocking(false);
            Selector s = Selector.open();
            channel.register(s, SelectionKey.OP_READ);
            return s;
        } catch (IOException e) {
            throw new TransportSetupException(TransportReason.CONNECTION_FAILED, "cannot watch the channel: " + e.getMessage(), e);
        }
    }

    private static void close(Selector s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to release
        }
    }

    /** Receives one datagram from {@code from} (any sender when null) into {@code into}; null on timeout. */
    private static SocketAddress receiveFrom(DatagramChannel channel, Selector selector, SocketAddress from, ByteBuffer into, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                into.clear();
                SocketAddress sender = channel.receive(into);
                if (sender != null) {
                    if (from == null || sender.equals(from)) {
                        return sender;
                    }
                    continue; // not our peer: dropped
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new TransportSetupException(TransportReason.CONNECTION_FAILED, "receive: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "DtlsSession[" + peer + ", " + engine.getSession().getProtocol() + ", " + engine.getSession().getCipherSuite() + "]";
    }

}
