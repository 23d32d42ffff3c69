package dev.citadel.corecrypto.pk;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-file outcome counts of a vector suite (Wycheproof, ACVP, RFC). A runner decides, per case, whether
 * Citadel must accept or reject it (deciding "acceptable" cases explicitly) and which reasons a rejection
 * may carry; the tally collects every disagreement so one run reports them all.
 */
public final class VectorTally {

    /** What Citadel must do with a case. */
    public enum Expect { ACCEPT, REJECT }

    /** A case's operation: returns normally when Citadel accepts (and checks outputs with assertions). */
    @FunctionalInterface
    public interface Operation {
        void run() throws Exception;
    }

    private final String label;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> skipReasons = new TreeMap<>();
    private int accepted;
    private int rejected;
    private int skipped;

    /** {@code label} names the suite and file, e.g. {@code "wycheproof ecdsa_secp256r1_sha256_test.json"}. */
    public VectorTally(String label) {
        this.label = label;
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
        } catch (CryptoException e) {
            if (expect == Expect.REJECT && allowed.contains(e.reason())) {
                rejected++;
            } else {
                failures.add(id + ": rejected with " + e.reason() + " (" + e.getMessage() + "), expected "
                        + (expect == Expect.ACCEPT ? "acceptance" : allowed));
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
        skipReasons.merge(reason, 1, Integer::sum);
    }

    public int total() {
        return accepted + rejected + skipped + failures.size();
    }

    @Override
    public String toString() {
        return label + ": " + total() + " cases, accepted " + accepted + ", rejected " + rejected + ", skipped " + skipped
                + skipSummary() + ", failures " + failures.size();
    }

    private String skipSummary() {
        if (skipReasons.isEmpty()) {
            return "";
        }
        List<String> shown = new ArrayList<>(skipReasons.keySet()).subList(0, Math.min(6, skipReasons.size()));
        return " " + shown + (skipReasons.size() > shown.size() ? " and " + (skipReasons.size() - shown.size()) + " more reasons" : "");
    }

    /** Prints the summary line and fails with every disagreement if there is any (or if nothing ran). */
    public void finish() {
        System.out.println(this);
        dev.citadel.testing.VectorCases.report(label, accepted + rejected, failures.size(), skipped, skipReasons);
        if (!failures.isEmpty()) {
            throw new AssertionError(this + "\n  " + String.join("\n  ", failures.subList(0, Math.min(60, failures.size()))));
        }
        if (total() == 0) {
            throw new AssertionError(label + ": no case ran");
        }
    }
}
