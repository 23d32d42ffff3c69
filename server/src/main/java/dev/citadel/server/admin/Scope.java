package dev.citadel.server.admin;

import java.util.Arrays;
import java.util.Optional;

/** What an admin API token may do. Wire names are {@code admin:*}. */
public enum Scope {
    /** Read-only access to admin resources. */
    READ("admin:read"),
    /** Create, list and revoke API tokens. */
    TOKENS("admin:tokens"),
    /** Rotate the server's own keys (listing them needs only {@link #READ}). */
    KEYS("admin:keys"),
    /** Register and remove DeviceCheck team keys (listing them needs only {@link #READ}). */
    DEVICECHECK("admin:devicecheck");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
