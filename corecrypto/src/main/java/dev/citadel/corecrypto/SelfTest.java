package dev.citadel.corecrypto;

import dev.citadel.corecrypto.internal.jca.JcaDigests;
import java.util.HexFormat;
import java.util.List;

/**
 * Power-on self-tests: known-answer tests run once before first use. After a failure the module is in
 * an error state and every service refuses with {@link SelfTestFailedException}.
 *
 * <p>Now: the SHA-256 known answer of FIPS 180-4 (message "abc", example in the NIST Cryptographic
 * Standards and Guidelines examples for SHA-256). The crypto boundary adds one KAT per algorithm.
 */
public final class SelfTest {

    /** FIPS 180-4 SHA-256 example "abc". */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private static volatile Result result;

    private SelfTest() {}

    /** The outcome of the power-on self-tests. */
    public record Result(boolean passed, List<String> algorithms, String failure) {
        public Result {
            algorithms = List.copyOf(algorithms);
        }
    }

    /** Runs the self-tests if they have not run, and returns their result. */
    public static Result run() {
        Result r = result;
        if (r == null) {
            synchronized (SelfTest.class) {
                if (result == null) {
                    result = execute();
                }
                r = result;
            }
        }
        return r;
    }

    public static void requireOperational() {
        Result r = run();
        if (!r.passed()) {
            throw new SelfTestFailedException(r.failure());
        }
    }

    private static Result execute() {
        byte[] got = JcaDigests.digest(HashAlgorithm.SHA_256, "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (!JcaDigests.constantTimeEquals(got, HexFormat.of().parseHex(SHA256_ABC))) {
            return new Result(false, List.of("SHA-256"), "SHA-256 known-answer test failed");
        }
        return new Result(true, List.of("SHA-256"), null);
    }

    /** Thrown by every service while the module is in the error state. */
    public static final class SelfTestFailedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SelfTestFailedException(String failure) {
            super("corecrypto is in the error state: " + failure);
        }
    }
}
