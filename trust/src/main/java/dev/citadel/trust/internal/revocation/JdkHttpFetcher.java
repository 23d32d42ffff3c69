package dev.citadel.trust.internal.revocation;

import dev.citadel.trust.revocation.HttpFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link HttpFetcher} over {@link HttpClient}: HTTP/1.1, no redirects, the timeout bounding the whole
 * exchange (the client's own request timeout stops at the headers), and a body subscriber that cancels the
 * stream as soon as the body passes its limit.
 */
public final class JdkHttpFetcher implements HttpFetcher {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Override
    public Response get(URI uri, Duration timeout, int maxBytes) {
        return exchange(uri, HttpRequest.newBuilder(uri).GET(), timeout, maxBytes);
    }

    @Override
    public Response post(URI uri, String contentType, byte[] body, Duration timeout, int maxBytes) {
        return exchange(uri, HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.clone())), timeout, maxBytes);
    }

    private Response exchange(URI uri, HttpRequest.Builder builder, Duration timeout, int maxBytes) {
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return new Failed(Failure.UNSUPPORTED_SCHEME, "not an http URI: " + uri);
        }
        int limit = Math.min(maxBytes, MAX_RESPONSE_BYTES);
        HttpRequest request;
        try {
            request = builder.timeout(timeout).build();
        } catch (IllegalArgumentException e) {
            return new Failed(Failure.IO, "bad request for " + uri + ": " + e.getMessage());
        }
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> info.statusCode() == 200
                        ? new BoundedBody(limit)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            HttpResponse<byte[]> response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (response.statusCode() != 200) {
                return new Failed(Failure.HTTP_STATUS, "HTTP " + response.statusCode() + " from " + uri);
            }
            return new Ok(response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Failed(Failure.TIMEOUT, "no answer from " + uri + " within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed(Failure.IO, "interrupted fetching " + uri);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof TooLarge) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof TooLarge) {
                return new Failed(Failure.TOO_LARGE, "body from " + uri + " exceeds " + limit + " bytes");
            }
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                return new Failed(Failure.TIMEOUT, "no answer from " + uri + " within " + timeout.toMillis() + " ms");
            }
            return new Failed(Failure.IO, "fetching " + uri + ": " + e.getCause());
        }
    }

    /** The body exceeded its limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("body too large", null);
        }
    }

    /** Collects at most {@code limit} bytes; cancels the subscription and fails beyond. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        BoundedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
