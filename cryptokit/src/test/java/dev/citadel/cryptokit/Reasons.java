package dev.citadel.cryptokit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a call fails with a {@link CryptoKitException} of one reason. */
public final class Reasons {

    private Reasons() {}

    public static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(CryptoKitException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
