package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.citadel.attest.AttestException.Reason;
import dev.citadel.cryptokit.jose.CryptoKitJwsSigner;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;

/**
 * Refreshes App Attest receipts with Apple's server (Apple, "Assessing fraud risk"): POSTs the base64
 * receipt to {@code BASE/v1/attestationData} with an ES256 JWT (header {@code kid}, claims {@code iss} team
 * id and {@code iat}) in the {@code Authorization} header, signed through cryptokit.
 *
 * <pre>{@code
 * var client = ReceiptRefreshClient.forEnvironment(Environment.PRODUCTION, "TEAMID1234", "KEYID12345", deviceCheckKey, clock);
 * switch (client.refresh(stored.receipt())) {
 *     case RefreshResult.Refreshed r -> store(receiptVerifier.verify(r.receipt().toByteArray(), key));
 *     case RefreshResult.NotModified n -> { } // too early: keep the old one
 * }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * The private key stays in cryptokit; responses are read up to {@link #MAX_RESPONSE_BYTES}; every status
 * other than 200 and 304 is a typed {@link AttestException} of kind {@code ServiceFailure}.
 *
 * <h2>Does not</h2>
 * Verify the new receipt (verify it with a {@link ReceiptVerifier}); retry; rate-limit itself.
 */
public final class ReceiptRefreshClient {

    public static final URI PRODUCTION = URI.create("https://data.appattest.apple.com");
    public static final URI DEVELOPMENT = URI.create("https://data-development.appattest.apple.com");
    public static final String PATH = "/v1/attestationData";
    /** Largest response body read (a base64 receipt is about 6 KiB). */
    public static final int MAX_RESPONSE_BYTES = 128 * 1024;
    /** Largest receipt sent. */
    public static final int MAX_RECEIPT_BYTES = 64 * 1024;
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final String teamId;
    private final String keyId;
    private final CryptoKitJwsSigner signer;
    private final HttpClient http;
    private final Clock clock;

    /**
     * @param baseUrl    {@link #PRODUCTION}, {@link #DEVELOPMENT}, or another server speaking the same protocol
     * @param teamId     the team id ({@code iss})
     * @param keyId      the id of the DeviceCheck key ({@code kid})
     * @param signingKey the DeviceCheck private key (P-256)
     */
    public ReceiptRefreshClient(URI baseUrl, String teamId, String keyId, SecKey signingKey, HttpClient http, Clock clock) {
        this.endpoint = Objects.requireNonNull(baseUrl, "baseUrl").resolve(PATH);
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        if (signingKey.keyType() != KeyType.EC_P256) {
            throw new IllegalArgumentException("Apple's API keys are P-256; got " + signingKey.keyType());
        }
        this.signer = new CryptoKitJwsSigner(signingKey);
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A client for Apple's server of {@code environment}, with a default HTTP client. */
    public static ReceiptRefreshClient forEnvironment(Environment environment, String teamId, String keyId, SecKey signingKey, Clock clock) {
        URI base = environment == Environment.PRODUCTION ? PRODUCTION : DEVELOPMENT;
        return new ReceiptRefreshClient(base, teamId, keyId, signingKey,
                HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build(), clock);
    }

    /** Sends {@code receipt} (as stored, BER) and returns Apple's answer. */
    public RefreshResult refresh(Bytes receipt) {
        if (receipt.size() > MAX_RECEIPT_BYTES) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "receipt larger than MAX_RECEIPT_BYTES=" + MAX_RECEIPT_BYTES);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Authorization", token())
                .POST(HttpRequest.BodyPublishers.ofString(receipt.base64(), StandardCharsets.US_ASCII))
                .build();
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
        } catch (IOException e) {
            throw AttestException.of(Reason.REFRESH_UNAVAILABLE, "cannot reach " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AttestException.of(Reason.REFRESH_UNAVAILABLE, "interrupted while waiting for " + endpoint, e);
        }
        if (body.length > MAX_RESPONSE_BYTES) {
            throw AttestException.of(Reason.REFRESH_UNEXPECTED_RESPONSE, "response larger than MAX_RESPONSE_BYTES=" + MAX_RESPONSE_BYTES);
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        int status = response.statusCode();
        return switch (status) {
            case 200 -> new RefreshResult.Refreshed(decode(text));
            case 304 -> new RefreshResult.NotModified();
            case 400 -> throw AttestException.of(text.contains("Incorrect Environment") ? Reason.REFRESH_WRONG_ENVIRONMENT
                    : Reason.REFRESH_BAD_PAYLOAD, "400 " + excerpt(text));
            case 401 -> throw AttestException.of(Reason.REFRESH_UNAUTHORIZED, "401 " + excerpt(text));
            case 404 -> throw AttestException.of(Reason.REFRESH_NO_DATA, "404 " + excerpt(text));
            case 429 -> throw AttestException.of(Reason.REFRESH_RATE_LIMITED, "429 " + excerpt(text));
            default -> throw AttestException.of(status >= 500 && status < 600 ? Reason.REFRESH_UNAVAILABLE
                    : Reason.REFRESH_UNEXPECTED_RESPONSE, status + " " + excerpt(text));
        };
    }

    /** The ES256 JWT: header {@code alg}, {@code kid}; claims {@code iss}, {@code iat}. */
    String token() {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(),
                new JWTClaimsSet.Builder().issuer(teamId).issueTime(Date.from(clock.instant())).build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("a P-256 key refused to sign ES256", e);
        }
        return jwt.serialize();
    }

    private static Bytes decode(String text) {
        try {
            Bytes receipt = Bytes.fromBase64(text);
            if (receipt.isEmpty()) {
                throw AttestException.of(Reason.REFRESH_UNEXPECTED_RESPONSE, "200 with an empty body");
            }
            return receipt;
        } catch (IllegalArgumentException e) {
            throw AttestException.of(Reason.REFRESH_UNEXPECTED_RESPONSE, "200 whose body is not base64", e);
        }
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}]", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
