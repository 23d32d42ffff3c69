package dev.citadel.passkeys.attestation;

import dev.citadel.encoding.Bytes;
import java.time.Instant;

/** Judges a verified statement's trust path (WebAuthn L3 §7.1 steps 23–24). */
public interface AttestationTrust {

    /** The verdict for {@code statement} of an authenticator with {@code aaguid}, at {@code at}. */
    AttestationVerdict evaluate(VerifiedStatement statement, Bytes aaguid, Instant at);
}
