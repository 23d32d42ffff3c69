package dev.citadel.trust.revocation;

import dev.citadel.trust.internal.revocation.JdkHttpFetcher;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Fetches OCSP responses and CRLs over plain HTTP (RFC 6960 Appendix A, RFC 5280 §4.2.1.13). An interface so
 * tests and deployments can route the traffic (a proxy, a local responder); the default is {@link #jdk()}.
 *
 * <p>Implementations MUST honour {@code timeout} as a bound on the whole exchange (connect, headers and
 * body), MUST stop reading once the body exceeds {@code maxBytes} and answer {@link Failure#TOO_LARGE},
 * MUST NOT follow redirects to other schemes, and MUST NOT throw: every failure is a {@link Failed}.
 * They are called concurrently and MUST be thread-safe.
 */
public interface HttpFetcher {

    /** Ceiling on any body, whatever a caller asks for: bounds memory per fetch on hostile servers. */
    int MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

    /** GET {@code uri}; the body of a 200 answer, at most {@code maxBytes}. */
    Response get(URI uri, Duration timeout, int maxBytes);

    /** POST {@code body} with {@code contentType} to {@code uri}; the body of a 200 answer, at most {@code maxBytes}. */
    Response post(URI uri, String contentType, byte[] body, Duration timeout, int maxBytes);

    /** The default fetcher over {@link java.net.http.HttpClient}: HTTP/1.1, no redirects, no cookies. */
    static HttpFetcher jdk() {
        return new JdkHttpFetcher();
    }

    /** A fetcher that never touches the network: every fetch is {@link Failure#OFFLINE}. */
    static HttpFetcher offline() {
        return Offline.INSTANCE;
    }

    /** The outcome of one fetch. */
    sealed interface Response permits Ok, Failed {}

    /** A 200 answer and its body (copied in and out). */
    final class Ok implements Response {
        private final String contentType;
        private final byte[] body;

        public Ok(String contentType, byte[] body) {
            this.contentType = Objects.requireNonNull(contentType, "contentType");
            this.body = body.clone();
        }

        /** The {@code Content-Type} header, or the empty string. */
        public String contentType() {
            return contentType;
        }

        public byte[] body() {
            return body.clone();
        }

        public int size() {
            return body.length;
        }

        @Override
        public String toString() {
            return "Ok[" + contentType + ", " + body.length + " bytes]";
        }
    }

    /** A fetch that produced no usable body. */
    record Failed(Failure failure, String detail) implements Response {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a fetch produced no body. */
    enum Failure {
        /** Connection refused, reset, DNS failure… */
        IO,
        /** The exchange did not finish within the timeout. */
        TIMEOUT,
        /** The body exceeded the limit. */
        TOO_LARGE,
        /** The server answered with a status other than 200. */
        HTTP_STATUS,
        /** The URI's scheme is not {@code http}. */
        UNSUPPORTED_SCHEME,
        /** The fetcher is {@link #offline()}. */
        OFFLINE
    }

    /** The {@link #offline()} fetcher. */
    final class Offline implements HttpFetcher {
        private static final Offline INSTANCE = new Offline();

        private Offline() {}

        @Override
        public Response get(URI uri, Duration timeout, int maxBytes) {
            return new Failed(Failure.OFFLINE, "offline: not fetching " + uri);
        }

        @Override
        public Response post(URI uri, String contentType, byte[] body, Duration timeout, int maxBytes) {
            return new Failed(Failure.OFFLINE, "offline: not fetching " + uri);
        }
    }
}
