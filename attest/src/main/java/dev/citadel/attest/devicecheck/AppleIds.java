package dev.citadel.attest.devicecheck;

import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import java.util.regex.Pattern;

/** Apple's developer identifiers: team ids and key ids are ten upper-case letters or digits. */
final class AppleIds {

    /** A team id ({@code iss} of the authorization token) or key id ({@code kid}). */
    static final Pattern TEN_CHARACTER_ID = Pattern.compile("[A-Z0-9]{10}");

    private AppleIds() {}

    static String requireTeamId(String teamId) {
        return require(teamId, "team id");
    }

    static String requireKeyId(String keyId) {
        return require(keyId, "key id");
    }

    static boolean isId(String value) {
        return value != null && TEN_CHARACTER_ID.matcher(value).matches();
    }

    private static String require(String value, String what) {
        if (!isId(value)) {
            throw DeviceCheckException.of(Reason.INVALID_ARGUMENT, what + " must be ten upper-case letters or digits");
        }
        return value;
    }
}
