package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The App Attest environment (the app's {@code com.apple.developer.devicecheck.appattest-environment}
 * entitlement). Keys of one environment never verify in the other.
 */
public enum Environment {
    /** AAGUID {@code appattestdevelop}; receipts say {@code sandbox}. */
    DEVELOPMENT("appattestdevelop".getBytes(StandardCharsets.US_ASCII), "sandbox"),
    /** AAGUID {@code appattest} followed by seven 0x00 bytes; receipts say {@code production}. */
    PRODUCTION(Arrays.copyOf("appattest".getBytes(StandardCharsets.US_ASCII), 16), "production");

    private final byte[] aaguid;
    private final String receiptValue;

    Environment(byte[] aaguid, String receiptValue) {
        this.aaguid = aaguid;
        this.receiptValue = receiptValue;
    }

    /** The 16-byte AAGUID of authenticator data in this environment. */
    public Bytes aaguid() {
        return Bytes.of(aaguid);
    }

    /** The value of receipt field 7 in this environment. */
    public String receiptValue() {
        return receiptValue;
    }

    /** The environment whose AAGUID is {@code aaguid}, if any. */
    public static Optional<Environment> ofAaguid(Bytes aaguid) {
        for (Environment e : values()) {
            if (aaguid.contentEquals(e.aaguid)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The environment whose receipt field 7 is {@code value}, if any. */
    public static Optional<Environment> ofReceiptValue(String value) {
        for (Environment e : values()) {
            if (e.receiptValue.equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
