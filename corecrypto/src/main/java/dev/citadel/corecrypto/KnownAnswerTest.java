package dev.citadel.corecrypto;

import java.util.HexFormat;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One known-answer test: an engine computation and the answer a public source publishes for it.
 *
 * @param algorithm what is tested ("AES-GCM open", "HMAC-SHA-256")
 * @param source where the expected value comes from (RFC section, or vector file and tcId)
 * @param check calls the engine directly and compares with the published answer
 */
record KnownAnswerTest(String algorithm, String source, BooleanSupplier check) {

    KnownAnswerTest {
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(source);
        Objects.requireNonNull(check);
    }

    /**
     * A test that {@code computation} (which calls the engine directly) gives {@code expectedHex}.
     * A typo in {@code expectedHex} fails at class initialisation.
     */
    KnownAnswerTest(String algorithm, String source, Supplier<byte[]> computation, String expectedHex) {
        this(algorithm, source, equalTo(computation, HexFormat.of().parseHex(expectedHex)));
    }

    private static BooleanSupplier equalTo(Supplier<byte[]> computation, byte[] expected) {
        Objects.requireNonNull(computation);
        return () -> ConstantTime.equalUnchecked(computation.get(), expected);
    }

    /** Whether the engine gives the published answer; any exception counts as a failure. */
    boolean passes() {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
