package dev.citadel.passwords.breach;

/**
 * Where breached-password hashes come from, one prefix range at a time (the range-query protocol of Have I
 * Been Pwned's Pwned Passwords). Implementations receive only a {@link HashPrefix}, never a password or a
 * full hash.
 *
 * <p>Implementations MUST be safe for concurrent use, MUST NOT return null, and MUST throw
 * {@link dev.citadel.passwords.BreachCheckException} when they cannot answer (never an empty range, which
 * would read as "not breached").
 */
public interface RangeSource {

    /** The hashes with this prefix: upper-case 35-hex-character suffix → times seen in breaches. */
    RangeResponse range(HashPrefix prefix);
}
