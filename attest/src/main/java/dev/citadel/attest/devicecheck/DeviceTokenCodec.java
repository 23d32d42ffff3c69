package dev.citadel.attest.devicecheck;

import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Citadel's device tokens: 107 bytes, sent as 144 characters of standard base64 (as Apple's are).
 *
 * <pre>
 * offset size
 *      0    1  version (1)
 *      1    8  id of the server key that signed it
 *      9   10  team id (ASCII)
 *     19   16  instance id (random at first issuance, kept on renewal)
 *     35    8  issued at, seconds since the epoch (big-endian)
 *     43   64  ES256 signature (r || s) over CONTEXT || bytes 0..42
 * </pre>
 *
 * The signature makes the token unforgeable without the server key and binds every field; the context
 * string keeps the signature from meaning anything in another protocol that shares the key.
 * Decoding is strict: exact length, canonical base64, known version, a known and still-usable key.
 */
final class DeviceTokenCodec {

    static final byte VERSION = 1;
    static final int INSTANCE_ID_BYTES = 16;
    static final int SIGNED_BYTES = 1 + 8 + 10 + INSTANCE_ID_BYTES + 8;
    static final int TOKEN_BYTES = SIGNED_BYTES + 64;
    /** Length of the base64 text; anything else is refused before decoding. */
    static final int TOKEN_CHARS = 4 * ((TOKEN_BYTES + 2) / 3);
    static final byte[] CONTEXT = "citadel devicecheck device token v1\0".getBytes(StandardCharsets.US_ASCII);

    private final DeviceTokenKeys keys;
    private final Clock clock;

    DeviceTokenCodec(DeviceTokenKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A new token for {@code instanceId} (32 hex characters) of {@code teamId}, issued now. */
    String issue(String teamId, String instanceId, Instant issuedAt) {
        return keys.withSigningKey(key -> {
            ByteBuffer body = ByteBuffer.allocate(SIGNED_BYTES);
            body.put(VERSION).put(HexFormat.of().parseHex(key.keyId())).put(teamId.getBytes(StandardCharsets.US_ASCII))
                    .put(HexFormat.of().parseHex(instanceId)).putLong(issuedAt.getEpochSecond());
            byte[] signed = body.array();
            byte[] signature = key.privateKey().signature(concat(CONTEXT, signed)).rawRepresentation();
            byte[] token = Arrays.copyOf(signed, TOKEN_BYTES);
            System.arraycopy(signature, 0, token, SIGNED_BYTES, signature.length);
            return Base64.getEncoder().encodeToString(token);
        });
    }

    /**
     * Verifies {@code token}'s encoding and signature; when {@code maxAge} is present, also that it was issued
     * no longer ago than that (and not in the future beyond {@code skew}). Throws {@code BAD_DEVICE_TOKEN}.
     */
    VerifiedDeviceToken verify(String token, Optional<Duration> maxAge, Duration skew) {
        if (token.length() != TOKEN_CHARS) {
            throw bad("device token is not " + TOKEN_CHARS + " characters");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw bad("device token is not base64");
        }
        if (raw.length != TOKEN_BYTES || !Base64.getEncoder().encodeToString(raw).equals(token)) {
            throw bad("device token is not canonical base64 of " + TOKEN_BYTES + " bytes");
        }
        if (raw[0] != VERSION) {
            throw bad("unknown device token version " + raw[0]);
        }
        String keyId = HexFormat.of().formatHex(raw, 1, 9);
        P256.Signing.PublicKey publicKey = keys.verificationKey(keyId)
                .orElseThrow(() -> bad("device token signed by an unknown or retired key"));
        byte[] signed = Arrays.copyOf(raw, SIGNED_BYTES);
        try {
            publicKey.verify(P256.Signing.ECDSASignature.fromRawRepresentation(Arrays.copyOfRange(raw, SIGNED_BYTES, TOKEN_BYTES)),
                    concat(CONTEXT, signed));
        } catch (CryptoKitException e) {
            throw bad("device token signature does not verify");
        }
        String teamId = new String(raw, 9, 10, StandardCharsets.US_ASCII);
        String instanceId = HexFormat.of().formatHex(raw, 19, 19 + INSTANCE_ID_BYTES);
        long seconds = ByteBuffer.wrap(raw, 35, 8).getLong();
        if (seconds < 0) {
            throw bad("device token issue time is negative");
        }
        Instant issuedAt = Instant.ofEpochSecond(seconds);
        Instant now = clock.instant();
        if (issuedAt.isAfter(now.plus(skew))) {
            throw bad("device token issued in the future");
        }
        if (maxAge.isPresent() && issuedAt.plus(maxAge.get()).isBefore(now)) {
            throw bad("device token expired");
        }
        return new VerifiedDeviceToken(teamId, instanceId, keyId, issuedAt);
    }

    private static DeviceCheckException bad(String message) {
        return DeviceCheckException.of(Reason.BAD_DEVICE_TOKEN, message);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
