package dev.citadel.corecrypto.pk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.corecrypto.pk.PublicKeyCryptoException.Reason;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Wycheproof {@code testvectors_v1} files and tallies outcomes. A runner decides, per case, whether
 * Citadel must accept or reject it (deciding "acceptable" cases explicitly) and which reasons a rejection
 * may carry; {@link Tally} collects every disagreement so one run reports them all.
 */
public final class WycheproofVectors {

    public static final String DIR = "wycheproof/testvectors_v1";

    private WycheproofVectors() {}

    /** File names in the Wycheproof directory matching {@code regex}, sorted. */
    public static List<String> files(String regex) {
        Pattern p = Pattern.compile(regex);
        try (Stream<Path> s = Files.list(Vectors.resolve(DIR))) {
            List<String> names = s.map(f -> f.getFileName().toString()).filter(n -> p.matcher(n).matches()).sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no Wycheproof files match " + regex);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String file) {
        try (InputStream in = Vectors.open(Vectors.resolve(DIR + "/" + file))) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(JsonNode node) {
        return node == null || node.isNull() ? new byte[0] : HexFormat.of().parseHex(node.asText());
    }

    public static Set<String> flags(JsonNode test) {
        Set<String> out = new TreeSet<>();
        test.path("flags").forEach(f -> out.add(f.asText()));
        return out;
    }

    /** What Citadel must do with a case. */
    public enum Expect { ACCEPT, REJECT }

    /** A case's operation: returns normally when Citadel accepts (and checks outputs with assertions). */
    @FunctionalInterface
    public interface Operation {
        void run() throws Exception;
    }

    /** Per-file counts and failures. */
    public static final class Tally {
        private final String file;
        private final List<String> failures = new ArrayList<>();
        private int accepted;
        private int rejected;
        private int skipped;
        private final Set<String> skipReasons = new TreeSet<>();

        public Tally(String file) {
            this.file = file;
        }

        /** Runs {@code op} and records whether the outcome matches {@code expect} and the allowed reasons. */
        public void check(String id, Expect expect, Set<Reason> allowed, Operation op) {
            try {
                op.run();
                if (expect == Expect.ACCEPT) {
                    accepted++;
                } else {
                    failures.add(id + ": accepted, expected rejection with one of " + allowed);
                }
            } catch (PublicKeyCryptoException e) {
                if (expect == Expect.REJECT && allowed.contains(e.reason())) {
                    rejected++;
                } else {
                    failures.add(id + ": rejected with " + e.reason() + " (" + e.getMessage() + "), expected " + (expect == Expect.ACCEPT ? "acceptance" : allowed));
                }
            } catch (AssertionError e) {
                failures.add(id + ": wrong output: " + e.getMessage());
            } catch (Exception e) {
                failures.add(id + ": unexpected " + e);
            }
        }

        /** A case Citadel cannot express (for example a hash it does not offer); counted and listed. */
        public void skip(String reason) {
            skipped++;
            skipReasons.add(reason);
        }

        public int total() {
            return accepted + rejected + skipped + failures.size();
        }

        public List<String> failures() {
            return failures;
        }

        @Override
        public String toString() {
            return "wycheproof " + file + ": " + total() + " cases, accepted " + accepted + ", rejected " + rejected
                    + ", skipped " + skipped + (skipReasons.isEmpty() ? "" : " " + skipReasons) + ", failures " + failures.size();
        }

        /** Prints the summary line and fails with every disagreement if there is any. */
        public void finish() {
            System.out.println(this);
            if (!failures.isEmpty()) {
                throw new AssertionError(this + "\n  " + String.join("\n  ", failures.subList(0, Math.min(60, failures.size()))));
            }
            if (accepted + rejected == 0 && skipped == 0) {
                throw new AssertionError(file + ": no cases ran");
            }
        }
    }

    public static Set<Reason> reasons(Reason first, Reason... rest) {
        return EnumSet.of(first, rest);
    }
}
