package dev.citadel.attest.devicecheck;

/**
 * Proof that the service accepted a device token in {@code validate_device_token} (HTTP 200). Only
 * {@link DeviceCheckClient} creates it.
 *
 * <p>WARNING: Apple's answer says the token was made by a genuine Apple device running your app; it does
 * not say the token is fresh or single-use, nor which device it names.
 */
public final class ValidatedDeviceToken {

    private final String transactionId;

    ValidatedDeviceToken(String transactionId) {
        this.transactionId = transactionId;
    }

    /** The {@code transaction_id} the validation was sent with. */
    public String transactionId() {
        return transactionId;
    }

    @Override
    public String toString() {
        return "ValidatedDeviceToken[transaction " + transactionId + "]";
    }
}
