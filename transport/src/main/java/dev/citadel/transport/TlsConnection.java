package dev.citadel.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.net.ssl.SSLSocket;

/** A TLS connection whose handshake the transport policy accepted. Close it when done. */
public final class TlsConnection implements AutoCloseable {

    private final SSLSocket socket;
    private final VerifiedPeer peer;

    TlsConnection(SSLSocket socket, VerifiedPeer peer) {
        this.socket = socket;
        this.peer = peer;
    }

    public SSLSocket socket() {
        return socket;
    }

    public VerifiedPeer peer() {
        return peer;
    }

    /** The ALPN protocol the server chose, or empty. */
    public String applicationProtocol() {
        String p = socket.getApplicationProtocol();
        return p == null ? "" : p;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
