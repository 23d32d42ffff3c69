package dev.citadel.corecrypto;

import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One known-answer test: an engine computation and the answer a public source publishes for it.
 *
 * @param algorithm what is tested ("AES-GCM open", "HMAC-SHA-256")
 * @param source where the expected value comes from (RFC section, or vector file and tcId)
 * @param computation calls the engine directly (never the public API, which waits for the self-tests)
 * @param expectedHex the published answer
 */
record KnownAnswerTest(String algorithm, String source, Supplier<byte[]> computation, String expectedHex) {

    KnownAnswerTest {
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(source);
        Objects.requireNonNull(computation);
        HexFormat.of().parseHex(expectedHex); // fail at class initialisation on a typo
    }

    /** Whether the engine gives the published answer; any exception counts as a failure. */
    boolean passes() {
        try {
            return ConstantTime.equal(computation.get(), HexFormat.of().parseHex(expectedHex));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
