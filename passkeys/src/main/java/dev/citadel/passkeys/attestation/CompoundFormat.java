package dev.citadel.passkeys.attestation;

import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborArray;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.internal.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code compound} format (WebAuthn L3 §8.9): an array of at least two statements of other formats
 * over the same authenticator data; each is verified by its own format, and
 * {@link AttestationTrustPolicy} judges each and reports the weakest verdict.
 */
final class CompoundFormat implements AttestationStatementFormat {

    static final String FMT = "compound";
    /** Fewest statements in a compound statement (§8.9 syntax: {@code [2* nonCompoundAttStmt]}). */
    static final int MIN_STATEMENTS = 2;
    /** Most statements accepted in one compound statement. */
    static final int MAX_STATEMENTS = 8;

    private final Clock clock;

    CompoundFormat(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String identifier() {
        return FMT;
    }

    @Override
    public VerifiedStatement verify(AttestationInput input) {
        // Step 1: attStmt is an array of at least two {fmt, attStmt} maps.
        if (!(input.attStmt() instanceof CborArray(List<CborValue> items))) {
            throw Statement.malformed(FMT, "the statement is a " + input.attStmt().kind() + ", not an array");
        }
        if (items.size() < MIN_STATEMENTS) {
            throw Statement.malformed(FMT, items.size() + " statements; at least " + MIN_STATEMENTS + " required");
        }
        if (items.size() > MAX_STATEMENTS) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, FMT + ": more than MAX_STATEMENTS=" + MAX_STATEMENTS + " statements");
        }
        List<VerifiedStatement> verified = new ArrayList<>(items.size());
        for (CborValue item : items) {
            if (!(item instanceof CborMap(Map<CborValue, CborValue> m)) || m.size() != 2
                    || !(m.get(new CborText("fmt")) instanceof CborText(String fmt)) || !m.containsKey(new CborText("attStmt"))) {
                throw Statement.malformed(FMT, "an element is not a map of exactly fmt and attStmt");
            }
            // Step 2: no element is itself compound.
            if (fmt.equals(FMT)) {
                throw Statement.malformed(FMT, "a compound statement nests another compound statement");
            }
            // Step 3: each element verifies under its own format's procedure.
            AttestationStatementFormat format = AttestationFormats.forIdentifier(fmt, clock);
            verified.add(format.verify(new AttestationInput(fmt, m.get(new CborText("attStmt")), input.authData(), input.clientDataHash())));
        }
        return new VerifiedStatement(FMT, AttestationType.COMPOUND, List.of(), verified);
    }
}
