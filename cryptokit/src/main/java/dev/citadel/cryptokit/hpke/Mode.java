package dev.citadel.cryptokit.hpke;

/** The four HPKE modes (RFC 9180 §5, Table 1). */
public enum Mode {
    /** mode_base (0x00): no sender authentication. */
    BASE(0x00),
    /** mode_psk (0x01): authenticated by a pre-shared key. */
    PSK(0x01),
    /** mode_auth (0x02): authenticated by the sender's KEM private key (DHKEMs only). */
    AUTH(0x02),
    /** mode_auth_psk (0x03): both. */
    AUTH_PSK(0x03);

    private final int value;

    Mode(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    boolean usesPsk() {
        return this == PSK || this == AUTH_PSK;
    }

    boolean usesAuth() {
        return this == AUTH || this == AUTH_PSK;
    }
}
