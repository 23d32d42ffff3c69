package dev.citadel.corecrypto;

import java.util.Objects;

/**
 * A primitive handed out by a {@link CryptoProfile}, with the FIPS 140-3 service indicator for using it
 * (FIPS 140-3 IG 2.4.C): whether the service is approved, and the standard that decides it.
 *
 * <pre>{@code
 * Indicated<Aead> gcm = profile.aead(Aead.AES_GCM);
 * SealedBox box = gcm.primitive().seal(key, plaintext, aad);
 * audit.record("seal", gcm.approved());          // true: SP 800-38D, IV from the approved DRBG
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * Only a profile creates one (package-private constructor), so an {@code Indicated} with
 * {@code approved() == true} always came from the approval table of {@code docs/crypto-fips.md}. No
 * thread-local or global indicator state: the indicator travels with the primitive.
 *
 * <h2>Does not</h2>
 * Follow parameters chosen later at the call (an HMAC key shorter than 112 bits, a PBKDF2 salt shorter
 * than 128 bits); those rules are listed in {@code docs/crypto-fips.md} and are the caller's to keep.
 *
 * @param <T> the algorithm identity's type
 */
public final class Indicated<T> {

    private final T primitive;
    private final boolean approved;
    private final String basis;

    Indicated(T primitive, boolean approved, String basis) {
        this.primitive = Objects.requireNonNull(primitive, "primitive");
        this.approved = approved;
        this.basis = Objects.requireNonNull(basis, "basis");
    }

    /** The algorithm identity to call. */
    public T primitive() {
        return primitive;
    }

    /** The service indicator: whether using {@link #primitive()} is an approved service. */
    public boolean approved() {
        return approved;
    }

    /** The citation behind the decision (e.g. "FIPS 186-5 §7 EdDSA ..."). */
    public String basis() {
        return basis;
    }

    @Override
    public String toString() {
        return "Indicated[" + primitive + ", " + (approved ? "approved" : "not approved") + ": " + basis + "]";
    }
}
