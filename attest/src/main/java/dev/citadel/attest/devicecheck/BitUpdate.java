package dev.citadel.attest.devicecheck;

import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import java.util.Objects;
import java.util.Optional;

/**
 * The bits an {@code update_two_bits} request sets. Apple makes each bit optional (an absent bit keeps its
 * value); an update that sets neither is refused before it is sent.
 */
public record BitUpdate(Optional<Boolean> bit0, Optional<Boolean> bit1) {

    public BitUpdate {
        Objects.requireNonNull(bit0, "bit0");
        Objects.requireNonNull(bit1, "bit1");
        if (bit0.isEmpty() && bit1.isEmpty()) {
            throw DeviceCheckException.of(Reason.INVALID_ARGUMENT, "an update sets bit0, bit1 or both");
        }
    }

    public static BitUpdate both(boolean bit0, boolean bit1) {
        return new BitUpdate(Optional.of(bit0), Optional.of(bit1));
    }

    public static BitUpdate bit0(boolean value) {
        return new BitUpdate(Optional.of(value), Optional.empty());
    }

    public static BitUpdate bit1(boolean value) {
        return new BitUpdate(Optional.empty(), Optional.of(value));
    }
}
