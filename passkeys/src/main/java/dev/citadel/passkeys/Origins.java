package dev.citadel.passkeys;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The origins a relying party accepts in clientData.origin (§7.1 step 9, §7.2 step 13): exact web origins, Android
 * app origins ({@code android:apk-key-hash:<base64url SHA-256 of the signing certificate>}), and related origins.
 * Comparison is exact string equality, as clients serialize origins canonically (scheme and host lower case, no
 * default port, no path).
 */
final class Origins {

    static final String ANDROID_PREFIX = "android:apk-key-hash:";

    private final Set<String> exact;
    private final Optional<RelatedOrigins> related;

    Origins(Set<String> exact, Optional<RelatedOrigins> related) {
        this.exact = Set.copyOf(exact);
        this.related = related;
    }

    /** {@code ORIGIN_MISMATCH} unless {@code origin} is accepted. */
    void check(String origin) {
        if (exact.contains(origin)) {
            return;
        }
        if (related.isPresent() && !origin.startsWith(ANDROID_PREFIX) && related.get().contains(origin)) {
            return;
        }
        throw PasskeyException.of(PasskeyException.Reason.ORIGIN_MISMATCH, "origin " + origin + " is not accepted");
    }

    Set<String> exact() {
        return exact;
    }

    /** A serialized web origin: {@code https://host[:port]}, or {@code http://localhost[:port]} for development. */
    static String requireWebOrigin(String origin) {
        URI u;
        try {
            u = new URI(origin);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an origin: " + origin, e);
        }
        boolean https = "https".equals(u.getScheme());
        boolean localhost = "http".equals(u.getScheme()) && ("localhost".equals(u.getHost()) || "127.0.0.1".equals(u.getHost()));
        if (!(https || localhost) || u.getHost() == null || u.getRawUserInfo() != null || !(u.getRawPath() == null || u.getRawPath().isEmpty())
                || u.getRawQuery() != null || u.getRawFragment() != null || !u.getHost().equals(u.getHost().toLowerCase(Locale.ROOT))
                || (https && u.getPort() == 443)) {
            throw new IllegalArgumentException("not a serialized https origin (or http://localhost): " + origin);
        }
        return origin;
    }

    /** {@code android:apk-key-hash:} followed by the unpadded base64url SHA-256 of the APK signing certificate. */
    static String requireAndroidOrigin(String origin) {
        if (!origin.startsWith(ANDROID_PREFIX)) {
            throw new IllegalArgumentException("an Android origin starts with " + ANDROID_PREFIX);
        }
        String hash = origin.substring(ANDROID_PREFIX.length());
        byte[] digest;
        try {
            digest = Base64.getUrlDecoder().decode(hash);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Android origin hash is not base64url: " + origin, e);
        }
        if (digest.length != 32 || hash.contains("=")) {
            throw new IllegalArgumentException("Android origin hash is the unpadded base64url SHA-256 of the signing certificate");
        }
        return origin;
    }
}
