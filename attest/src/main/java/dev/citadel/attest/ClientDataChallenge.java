package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How an assertion's client data must carry the server's challenge. Client data is whatever the app
 * hashed for {@code generateAssertion} (often the request body, or JSON naming the challenge); this
 * check runs only after the signature over it has verified.
 */
public final class ClientDataChallenge {

    private final Predicate<Bytes> check;
    private final String description;

    private ClientDataChallenge(Predicate<Bytes> check, String description) {
        this.check = check;
        this.description = description;
    }

    /** The client data is exactly {@code challenge}. */
    public static ClientDataChallenge equalTo(byte[] challenge) {
        Bytes expected = Bytes.of(challenge);
        return new ClientDataChallenge(expected::equals, "client data equal to the challenge");
    }

    /**
     * The client data contains {@code challenge} as a contiguous run of bytes. Use challenges of at least
     * 16 random bytes so that no other data contains them by chance.
     */
    public static ClientDataChallenge contains(byte[] challenge) {
        if (challenge.length == 0) {
            throw new IllegalArgumentException("empty challenge");
        }
        Bytes expected = Bytes.of(challenge);
        return new ClientDataChallenge(cd -> cd.contains(expected), "client data containing the challenge");
    }

    /** The client data satisfies {@code predicate} (for example: parse it as JSON and compare a field). */
    public static ClientDataChallenge matching(Predicate<Bytes> predicate, String description) {
        return new ClientDataChallenge(Objects.requireNonNull(predicate, "predicate"), description);
    }

    void check(Bytes clientData) {
        if (!check.test(clientData)) {
            throw AttestException.of(Reason.CHALLENGE_MISMATCH, "expected " + description);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
