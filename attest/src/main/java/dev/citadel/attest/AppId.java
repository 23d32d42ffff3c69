package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.cryptokit.SHA256;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * An App ID: the team identifier (App ID prefix) and the bundle identifier, joined by a dot. Its SHA-256
 * is the RP ID hash of App Attest authenticator data.
 *
 * @param teamId   ten upper-case letters or digits
 * @param bundleId letters, digits, {@code .}, {@code -} and {@code _} (Apple's own sample uses {@code _})
 */
public record AppId(String teamId, String bundleId) {

    private static final Pattern TEAM = Pattern.compile("[A-Z0-9]{10}");
    private static final Pattern BUNDLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    public AppId {
        if (!TEAM.matcher(teamId).matches()) {
            throw new IllegalArgumentException("team id must be 10 upper-case letters or digits: " + teamId);
        }
        if (!BUNDLE.matcher(bundleId).matches()) {
            throw new IllegalArgumentException("not a bundle id: " + bundleId);
        }
    }

    /** Parses {@code TEAMID.bundle.id}. */
    public static AppId parse(String appId) {
        int dot = appId.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("an App ID is TEAMID.bundle.id: " + appId);
        }
        return new AppId(appId.substring(0, dot), appId.substring(dot + 1));
    }

    /** {@code teamId + "." + bundleId}. */
    public String value() {
        return teamId + "." + bundleId;
    }

    /** SHA-256 of {@link #value()} in UTF-8: the expected RP ID hash. */
    public Bytes rpIdHash() {
        return Bytes.of(SHA256.hash(value().getBytes(StandardCharsets.UTF_8)).bytes());
    }

    @Override
    public String toString() {
        return value();
    }
}
