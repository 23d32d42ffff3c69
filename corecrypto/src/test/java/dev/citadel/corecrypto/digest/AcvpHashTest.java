package dev.citadel.corecrypto.digest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.vectors.VectorCase;
import dev.citadel.corecrypto.vectors.VectorFile;
import dev.citadel.corecrypto.vectors.VectorReport;
import dev.citadel.testing.RequiresVectors;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NIST ACVP hash vectors: SHA-2 (ACVP SHA spec, FIPS 180-4) and SHA-3 / SHAKE (FIPS 202). AFT cases with
 * byte-oriented messages; MCT in both the "standard" and "alternate" (length-preserving) forms; LDT
 * (1–8 GiB messages) only with {@code -Dcitadel.acvp.ldt=true}. Skipped: bit-oriented AFT messages
 * (Citadel hashes bytes only).
 */
@RequiresVectors("acvp/acvp")
class AcvpHashTest {

    static final boolean LDT = Boolean.getBoolean("citadel.acvp.ldt");

    static Stream<Arguments> hashes() {
        return Stream.of(
                Arguments.of(HashAlgorithm.SHA_224, "SHA2-224-1.0"), Arguments.of(HashAlgorithm.SHA_256, "SHA2-256-1.0"),
                Arguments.of(HashAlgorithm.SHA_384, "SHA2-384-1.0"), Arguments.of(HashAlgorithm.SHA_512, "SHA2-512-1.0"),
                Arguments.of(HashAlgorithm.SHA_512_224, "SHA2-512-224-1.0"), Arguments.of(HashAlgorithm.SHA_512_256, "SHA2-512-256-1.0"),
                Arguments.of(HashAlgorithm.SHA3_224, "SHA3-224-2.0"), Arguments.of(HashAlgorithm.SHA3_256, "SHA3-256-2.0"),
                Arguments.of(HashAlgorithm.SHA3_384, "SHA3-384-2.0"), Arguments.of(HashAlgorithm.SHA3_512, "SHA3-512-2.0"))
                .map(a -> Arguments.of(a.get()[0], VectorFile.acvp((String) a.get()[1]).filter(c -> !c.groupText("testType").equals("LDT"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hashes")
    void aftAndMct(HashAlgorithm hash, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            String type = c.groupText("testType");
            switch (type) {
                case "AFT" -> {
                    if (c.integer("len") % 8 != 0) {
                        report.skip("bit-oriented message");
                        continue;
                    }
                    byte[] md = hash.digest(message(c));
                    report.record(c, type, Arrays.equals(md, c.hex("md")) ? null : "digest differs");
                }
                case "MCT" -> report.record(c, "MCT " + c.groupText("mctVersion"), mct(hash, c));
                default -> report.record(c, type, "unknown test type");
            }
        }
        report.finish();
    }

    static Stream<Arguments> largeDataFiles() {
        return hashes().map(a -> Arguments.of(a.get()[0], VectorFile.acvp(((VectorFile) a.get()[1]).name())
                .filter(c -> c.groupText("testType").equals("LDT"))));
    }

    /** ACVP LDT: 1 GiB (SHA-2) to 8 GiB (SHA-3) messages, hashed by repeating the content array. */
    @ParameterizedTest(name = "LDT {0}: {1}")
    @MethodSource("largeDataFiles")
    void largeData(HashAlgorithm hash, VectorFile file) {
        assumeTrue(LDT, "ACVP LDT skipped: set -Dcitadel.acvp.ldt=true (hashes up to 8 GiB per case)");
        VectorReport report = new VectorReport(file.name() + " LDT");
        for (VectorCase c : file.cases()) {
            var large = c.test().get("largeMsg");
            byte[] content = HexFormat.of().parseHex(large.get("content").asText());
            long total = large.get("fullLength").asLong() / 8;
            int chunk = 1 << 20;
            byte[] block = new byte[chunk];
            for (int i = 0; i < chunk; i++) {
                block[i] = content[i % content.length];
            }
            if (total % chunk != 0 || chunk % content.length != 0) {
                report.record(c, "LDT", "length not a multiple of the chunk");
                continue;
            }
            byte[][] parts = new byte[(int) (total / chunk)][];
            Arrays.fill(parts, block);
            report.record(c, "LDT", Arrays.equals(hash.digest(parts), c.hex("md")) ? null : "digest differs");
        }
        report.finish();
    }

    static Stream<Arguments> shakes() {
        return Stream.of(
                Arguments.of(Shake.SHAKE_128, VectorFile.acvp("SHAKE-128-FIPS202")),
                Arguments.of(Shake.SHAKE_256, VectorFile.acvp("SHAKE-256-FIPS202")));
    }

    /** The shared SHAKE files hold AFT groups only (no MCT/VOT): every other type fails until handled. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shakes")
    void shake(Shake shake, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            if (!c.groupText("testType").equals("AFT")) {
                report.record(c, c.groupText("testType"), "unhandled test type");
                continue;
            }
            if (c.integer("len") % 8 != 0 || c.integer("outLen") % 8 != 0) {
                report.skip("bit-oriented message or output");
                continue;
            }
            byte[] md = shake.digest(c.integer("outLen") / 8, message(c));
            report.record(c, "AFT", Arrays.equals(md, c.hex("md")) ? null : "output differs");
        }
        report.finish();
    }

    private static byte[] message(VectorCase c) {
        return Arrays.copyOf(c.hex("msg"), c.integer("len") / 8);
    }

    /** ACVP SHA-2 / SHA-3 Monte Carlo tests, standard and alternate forms. */
    private static String mct(HashAlgorithm hash, VectorCase c) {
        boolean sha3 = hash.name().startsWith("SHA3");
        boolean alternate = c.groupText("mctVersion").equals("alternate");
        byte[] seed = message(c);
        int seedLength = seed.length;
        Function<byte[], byte[]> fit = m -> alternate ? Arrays.copyOf(m, seedLength) : m; // truncate or zero-pad
        var results = c.test().get("resultsArray");
        for (int j = 0; j < results.size(); j++) {
            if (sha3) {
                byte[] md = seed;
                for (int i = 0; i < 1000; i++) {
                    md = hash.digest(fit.apply(md));
                }
                seed = md;
            } else {
                byte[] a = seed;
                byte[] b = seed;
                byte[] cc = seed;
                for (int i = 0; i < 1000; i++) {
                    byte[] msg = new byte[a.length + b.length + cc.length];
                    System.arraycopy(a, 0, msg, 0, a.length);
                    System.arraycopy(b, 0, msg, a.length, b.length);
                    System.arraycopy(cc, 0, msg, a.length + b.length, cc.length);
                    byte[] md = hash.digest(fit.apply(msg));
                    a = b;
                    b = cc;
                    cc = md;
                }
                seed = cc;
            }
            if (!Arrays.equals(seed, HexFormat.of().parseHex(results.get(j).get("md").asText()))) {
                return "MCT iteration " + j + " differs";
            }
        }
        return null;
    }
}
