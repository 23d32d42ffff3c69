package dev.citadel.corecrypto.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.CryptoException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the outcome of every case of one file, prints the counts, and fails with every failure listed
 * (errors accumulated, Tink-style), so one run shows the whole picture.
 */
public final class VectorReport {

    private static final String SKIPPED = "skipped (";

    private final String name;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    public VectorReport(String name) {
        this.name = name;
    }

    /** Records that {@code c} ran with {@code label} (e.g. its Wycheproof result) and, if non-null, failed. */
    public void record(VectorCase c, String label, String failure) {
        counts.merge(label, 1, Integer::sum);
        if (failure != null) {
            failures.add("tcId " + c.tcId() + " [" + label + "] " + c.test().path("comment").asText("") + ": " + failure);
        }
    }

    public void skip(String reason) {
        counts.merge(SKIPPED + reason + ")", 1, Integer::sum);
    }

    /** Null if {@code action} throws a {@link CryptoException} with {@code expected}, else what happened. */
    public static String expectRefusal(Runnable action, CryptoException.Reason expected) {
        try {
            action.run();
            return "accepted; expected " + expected;
        } catch (CryptoException e) {
            return e.reason() == expected ? null : "refused with " + e.reason() + "; expected " + expected;
        } catch (RuntimeException e) {
            return "untyped " + e;
        }
    }

    /** Prints the counts and fails with every failure. */
    public void finish() {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> skipReasons = new TreeMap<>();
        counts.forEach((label, count) -> {
            if (label.startsWith(SKIPPED)) {
                skipReasons.put(label.substring(SKIPPED.length(), label.length() - 1), count);
            }
        });
        int skipped = skipReasons.values().stream().mapToInt(Integer::intValue).sum();
        dev.citadel.testing.VectorCases.report(name, total - skipped - failures.size(), failures.size(), skipped, skipReasons);
        System.out.printf("[vectors] %s: %d cases %s, %d failures%n", name, total, counts, failures.size());
        assertThat(total).as("cases in %s", name).isPositive();
        assertThat(failures).as("failures in %s", name).isEmpty();
    }
}
