package dev.citadel.server.keys;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a server key is for. Each purpose has one algorithm, a rotation period (how long a key stays
 * {@link KeyState#ACTIVE}) and an overlap (how long it then stays {@link KeyState#VERIFY_ONLY} before it is
 * retired and its material deleted). Wire names are lower-case with hyphens ({@code token-signing}).
 */
public enum KeyPurpose {
    /** Signs the tokens the sign-in service issues (ID tokens, access tokens). */
    TOKEN_SIGNING("token-signing", KeyAlgorithm.ES256, Schedule.TOKEN_SIGNING_ROTATION, Schedule.TOKEN_SIGNING_OVERLAP),
    /** Authenticates cookies and other server-side MACs. */
    COOKIE_MAC("cookie-mac", KeyAlgorithm.HMAC_SHA256, Schedule.COOKIE_MAC_ROTATION, Schedule.COOKIE_MAC_OVERLAP),
    /** Signs device tokens (DeviceCheck-style attestations the server hands out). */
    DEVICE_TOKEN("device-token", KeyAlgorithm.ES256, Schedule.DEVICE_TOKEN_ROTATION, Schedule.DEVICE_TOKEN_OVERLAP);

    /** The rotation schedule, one pair of named constants per purpose (see {@code docs/server-keys.md}). */
    public static final class Schedule {
        /** Token-signing keys sign for 90 days. */
        public static final Duration TOKEN_SIGNING_ROTATION = Duration.ofDays(90);
        /** ... and verify for 30 more: longer than any token the sign-in service issues lives. */
        public static final Duration TOKEN_SIGNING_OVERLAP = Duration.ofDays(30);
        /** Cookie MAC keys authenticate new cookies for 30 days. */
        public static final Duration COOKIE_MAC_ROTATION = Duration.ofDays(30);
        /** ... and verify for 30 more: the longest cookie max-age. */
        public static final Duration COOKIE_MAC_OVERLAP = Duration.ofDays(30);
        /** Device-token signers sign for 180 days (clients may pin them, so rotate less often). */
        public static final Duration DEVICE_TOKEN_ROTATION = Duration.ofDays(180);
        /** ... and verify for 30 more. */
        public static final Duration DEVICE_TOKEN_OVERLAP = Duration.ofDays(30);

        private Schedule() {}
    }

    private final String wireName;
    private final KeyAlgorithm algorithm;
    private final Duration rotationPeriod;
    private final Duration overlap;

    KeyPurpose(String wireName, KeyAlgorithm algorithm, Duration rotationPeriod, Duration overlap) {
        this.wireName = wireName;
        this.algorithm = algorithm;
        this.rotationPeriod = rotationPeriod;
        this.overlap = overlap;
    }

    public String wireName() {
        return wireName;
    }

    /** The algorithm of every key of this purpose. */
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** How long a key stays active before {@link ServerKeys#rotateIfDue()} replaces it. */
    public Duration rotationPeriod() {
        return rotationPeriod;
    }

    /** How long a replaced key stays verify-only before it is retired and its material deleted. */
    public Duration overlap() {
        return overlap;
    }

    public static Optional<KeyPurpose> fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }
}
