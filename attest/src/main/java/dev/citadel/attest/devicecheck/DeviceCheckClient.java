package dev.citadel.attest.devicecheck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import dev.citadel.cryptokit.RandomSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A client for Apple's DeviceCheck API ("Accessing and modifying per-device data"):
 * {@code query_two_bits}, {@code update_two_bits} and {@code validate_device_token}, against Apple's
 * production or development host, or against any compatible service (Citadel's own) by base URL.
 *
 * <pre>{@code
 * try (var credentials = DeviceCheckCredentials.fromP8("A1B2C3D4E5", "KEY1234567", Files.readString(p8))) {
 *     var client = DeviceCheckClient.builder(credentials).environment(DeviceCheckEnvironment.PRODUCTION).build();
 *     client.updateTwoBits(deviceToken, BitUpdate.bit0(true));
 *     switch (client.queryTwoBits(deviceToken)) {
 *         case TwoBitsQuery.Found f -> …;
 *         case TwoBitsQuery.NotFound n -> …;
 *     }
 * }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Requests carry an ES256 authorization token signed through cryptokit; it is reused for
 *       {@link #AUTHORIZATION_TOKEN_REFRESH} at most (Apple refuses tokens older than an hour).</li>
 *   <li>The base URL must be HTTPS; plain HTTP is accepted only for a loopback host (a local service or
 *       a test), so the authorization token never crosses a network in clear.</li>
 *   <li>Responses are read up to {@link #MAX_RESPONSE_BYTES}; every status Apple documents maps to one
 *       {@link DeviceCheckException.Reason}, anything else is {@code UNEXPECTED_RESPONSE}.</li>
 *   <li>Transaction ids are random UUIDs from cryptokit's randomness; timestamps come from the injected clock.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Retry (a 429 or 5xx is {@code Unavailable}: the caller decides), validate device tokens locally (only
 * Apple can read them), or keep the device token out of the request (it is the request).
 *
 * <p>Thread-safe: share one client.
 */
public final class DeviceCheckClient {

    /** Largest response body read; Apple's answers are a few dozen bytes. */
    public static final int MAX_RESPONSE_BYTES = 16 * 1024;
    /** Default per-request timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** How long one authorization token is reused before a new one is signed (Apple's limit is an hour). */
    public static final Duration AUTHORIZATION_TOKEN_REFRESH = Duration.ofMinutes(20);

    private final DeviceCheckCredentials credentials;
    private final URI baseUrl;
    private final HttpClient http;
    private final Clock clock;
    private final RandomSource random;
    private final Duration timeout;
    private final ResponseReader reader = new ResponseReader();
    private volatile SignedToken cachedToken;

    private record SignedToken(String compact, java.time.Instant issuedAt) {}

    private DeviceCheckClient(Builder b) {
        this.credentials = b.credentials;
        this.baseUrl = requireSafeBaseUrl(b.baseUrl);
        this.http = b.http != null ? b.http : HttpClient.newBuilder().connectTimeout(b.timeout).build();
        this.clock = b.clock;
        this.random = b.random;
        this.timeout = b.timeout;
    }

    public static Builder builder(DeviceCheckCredentials credentials) {
        return new Builder(credentials);
    }

    /** {@code query_two_bits} with a fresh transaction id. */
    public TwoBitsQuery queryTwoBits(String deviceToken) {
        return queryTwoBits(deviceToken, newTransactionId());
    }

    /** {@code query_two_bits} with the caller's transaction id. */
    public TwoBitsQuery queryTwoBits(String deviceToken, String transactionId) {
        Answer answer = send("query_two_bits", body(deviceToken, transactionId));
        return reader.query(answer.status(), answer.body());
    }

    /** {@code update_two_bits} with a fresh transaction id. */
    public void updateTwoBits(String deviceToken, BitUpdate update) {
        updateTwoBits(deviceToken, update, newTransactionId());
    }

    /** {@code update_two_bits} with the caller's transaction id: only the bits {@code update} names are sent. */
    public void updateTwoBits(String deviceToken, BitUpdate update, String transactionId) {
        Objects.requireNonNull(update, "update");
        ObjectNode body = body(deviceToken, transactionId);
        update.bit0().ifPresent(b -> body.put("bit0", b));
        update.bit1().ifPresent(b -> body.put("bit1", b));
        Answer answer = send("update_two_bits", body);
        reader.acknowledgement(answer.status(), answer.body());
    }

    /** {@code validate_device_token} with a fresh transaction id. */
    public ValidatedDeviceToken validateDeviceToken(String deviceToken) {
        return validateDeviceToken(deviceToken, newTransactionId());
    }

    /** {@code validate_device_token}: returns only if the service answered 200. */
    public ValidatedDeviceToken validateDeviceToken(String deviceToken, String transactionId) {
        Answer answer = send("validate_device_token", body(deviceToken, transactionId));
        reader.acknowledgement(answer.status(), answer.body());
        return new ValidatedDeviceToken(transactionId);
    }

    /** The base URL requests go to. */
    public URI baseUrl() {
        return baseUrl;
    }

    private ObjectNode body(String deviceToken, String transactionId) {
        if (deviceToken == null || deviceToken.isEmpty() || deviceToken.indexOf('\n') >= 0 || deviceToken.indexOf('\r') >= 0) {
            throw DeviceCheckException.of(Reason.INVALID_ARGUMENT, "device token must be non-empty base64 without line breaks");
        }
        if (transactionId == null || transactionId.isEmpty()) {
            throw DeviceCheckException.of(Reason.INVALID_ARGUMENT, "transaction id must be non-empty");
        }
        ObjectNode body = ResponseReader.MAPPER.createObjectNode();
        body.put("device_token", deviceToken);
        body.put("transaction_id", transactionId);
        body.put("timestamp", clock.millis());
        return body;
    }

    private record Answer(int status, byte[] body) {}

    private Answer send(String endpoint, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(endpoint))
                .timeout(timeout)
                .header("Authorization", "Bearer " + authorizationToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ResponseReader.write(body)))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (bytes.length > MAX_RESPONSE_BYTES) {
                    throw DeviceCheckException.answered(Reason.UNEXPECTED_RESPONSE, response.statusCode(),
                            endpoint + " answered more than " + MAX_RESPONSE_BYTES + " bytes");
                }
                return new Answer(response.statusCode(), bytes);
            }
        } catch (IOException e) {
            throw DeviceCheckException.of(Reason.TRANSPORT, endpoint + " failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeviceCheckException.of(Reason.TRANSPORT, endpoint + " interrupted", e);
        }
    }

    private String authorizationToken() {
        java.time.Instant now = clock.instant();
        SignedToken token = cachedToken;
        if (token == null || now.isBefore(token.issuedAt()) || !now.isBefore(token.issuedAt().plus(AUTHORIZATION_TOKEN_REFRESH))) {
            token = new SignedToken(credentials.authorizationToken(now), now);
            cachedToken = token;
        }
        return token.compact();
    }

    /** A random (version 4) UUID, as Apple's examples use. */
    private String newTransactionId() {
        byte[] b = random.bytes(16);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        String hex = HexFormat.of().formatHex(b);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static URI requireSafeBaseUrl(URI url) {
        Objects.requireNonNull(url, "baseUrl");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost();
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
        if (!(scheme.equals("https") || scheme.equals("http") && loopback)) {
            throw DeviceCheckException.of(Reason.INVALID_ARGUMENT, "base URL must be https (http only for a loopback host)");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || !url.getRawPath().endsWith("/")) {
            throw DeviceCheckException.of(Reason.INVALID_ARGUMENT, "base URL must end with / and have no query or fragment");
        }
        return url;
    }

    /** Configuration of a {@link DeviceCheckClient}: production host, 10 s timeout, system clock by default. */
    public static final class Builder {
        private final DeviceCheckCredentials credentials;
        private URI baseUrl = DeviceCheckEnvironment.PRODUCTION.baseUrl();
        private HttpClient http;
        private Clock clock = Clock.systemUTC();
        private RandomSource random = RandomSource.system();
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder(DeviceCheckCredentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        public Builder environment(DeviceCheckEnvironment environment) {
            this.baseUrl = environment.baseUrl();
            return this;
        }

        /** A compatible service, e.g. {@code http://localhost:8080/devicecheck/v1/}. */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder httpClient(HttpClient http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Randomness for transaction ids. */
        public Builder random(RandomSource random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        public DeviceCheckClient build() {
            return new DeviceCheckClient(this);
        }
    }
}
