package dev.citadel.passkeys;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the relying party accepts ceremonies run inside a cross-origin iframe (WebAuthn L3 §5.8.1
 * {@code crossOrigin}, {@code topOrigin}; §7.1 step 10, §7.2 step 14). The default is {@link #sameOriginOnly()}:
 * a page of an accepted origin framed by some other site could otherwise be used to obtain credentials on that
 * site's behalf.
 */
public final class TopOriginPolicy {

    private final boolean crossOriginAllowed;
    private final Optional<Set<String>> topOrigins;

    private TopOriginPolicy(boolean crossOriginAllowed, Optional<Set<String>> topOrigins) {
        this.crossOriginAllowed = crossOriginAllowed;
        this.topOrigins = topOrigins;
    }

    /** {@code crossOrigin} must be false and {@code topOrigin} absent. */
    public static TopOriginPolicy sameOriginOnly() {
        return new TopOriginPolicy(false, Optional.empty());
    }

    /** Cross-origin ceremonies allowed when the client names a {@code topOrigin} in {@code topOrigins}. */
    public static TopOriginPolicy allow(Set<String> topOrigins) {
        return new TopOriginPolicy(true, Optional.of(Set.copyOf(topOrigins)));
    }

    /** Cross-origin ceremonies allowed under any top-level origin (and from clients that send no topOrigin). */
    public static TopOriginPolicy anyTopOrigin() {
        return new TopOriginPolicy(true, Optional.empty());
    }

    /** {@code CROSS_ORIGIN_NOT_ALLOWED} unless the client data's frame context is accepted. */
    void check(CollectedClientData c) {
        Objects.requireNonNull(c);
        if (!c.crossOrigin()) {
            if (c.topOrigin().isPresent()) {
                throw PasskeyException.of(PasskeyException.Reason.CROSS_ORIGIN_NOT_ALLOWED, "topOrigin present while crossOrigin is false");
            }
            return;
        }
        if (!crossOriginAllowed) {
            throw PasskeyException.of(PasskeyException.Reason.CROSS_ORIGIN_NOT_ALLOWED, "the ceremony ran in a cross-origin frame");
        }
        if (topOrigins.isPresent()) {
            String top = c.topOrigin().orElseThrow(() -> PasskeyException.of(PasskeyException.Reason.CROSS_ORIGIN_NOT_ALLOWED,
                    "cross-origin without topOrigin"));
            if (!topOrigins.get().contains(top)) {
                throw PasskeyException.of(PasskeyException.Reason.CROSS_ORIGIN_NOT_ALLOWED, "top origin " + top + " is not accepted");
            }
        }
    }

    @Override
    public String toString() {
        return !crossOriginAllowed ? "sameOriginOnly" : topOrigins.map(t -> "allow" + t).orElse("anyTopOrigin");
    }
}
