package dev.citadel.corecrypto;

import dev.citadel.corecrypto.Approvals.Decision;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.cipher.AesKeyWrap;
import dev.citadel.corecrypto.cipher.CipherMode;
import dev.citadel.corecrypto.digest.Shake;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.kdf.KdfAlgorithm;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.internal.selftest.ModuleState;
import java.util.List;

/**
 * Which algorithms a caller may use, as an explicit immutable object passed to the code that needs it
 * (no global registry; compare Tink's {@code ConfigurationFips140v2}). Every family has one method that
 * hands out the algorithm identity with its service indicator:
 *
 * <pre>{@code
 * CryptoProfile profile = CryptoProfile.fips140();        // at boot: throws if the module is not fit
 * Indicated<Aead> aead = profile.aead(Aead.AES_GCM);      // throws NOT_APPROVED for CHACHA20_POLY1305
 * SealedBox box = aead.primitive().seal(key, plaintext, aad);
 * boolean approved = aead.approved();                     // the FIPS 140-3 service indicator
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>{@link #fips140()} hands out approved algorithms only; every other request throws
 *       {@link ModuleErrorException} with {@link Reason#NOT_APPROVED}. It refuses to construct unless the
 *       power-on self-tests passed and covered every family it approves.</li>
 *   <li>{@link #standard()} hands out everything and reports {@link Indicated#approved()} truthfully.</li>
 *   <li>Every method refuses with {@code SELF_TEST_FAILED} in the error state.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Stop code that calls the algorithm enums directly, bypassing the profile (that is a code-review and
 * architecture-rule matter: pass the profile), or judge parameters chosen later at the call site (see
 * {@link Indicated}). Hold a CMVP certificate: see {@code docs/crypto-fips.md}.
 */
public final class CryptoProfile {

    /**
     * Power-on KATs the FIPS profile requires, one per approved family (FIPS 140-3 IG 10.3.A): if one is
     * missing from the run the profile will not start.
     */
    static final List<String> REQUIRED_SELF_TESTS = List.of("SHA-256", "SHA3-256", "SHAKE-128", "HMAC-SHA-256", "AES-CMAC",
            "HKDF-SHA-256", "PBKDF2-HMAC-SHA-256", "ANSI X9.63 KDF SHA-256", "SP 800-56C one-step KDF SHA-256",
            "AES-GCM seal", "AES-GCM open", "AES-128 CBC encrypt", "AES-128 CTR", "AES-KW wrap", "AES-KWP wrap",
            "ECDSA P-256", "ECDH P-256", "Ed25519", "RSA PKCS#1 v1.5", "ML-KEM-768", "ML-DSA-65", "HMAC_DRBG SHA-512");

    private static final CryptoProfile STANDARD = new CryptoProfile("standard", false);

    private final String name;
    private final boolean approvedOnly;

    private CryptoProfile(String name, boolean approvedOnly) {
        this.name = name;
        this.approvedOnly = approvedOnly;
    }

    /** Every algorithm corecrypto offers, each with a truthful service indicator. */
    public static CryptoProfile standard() {
        return STANDARD;
    }

    /**
     * Approved algorithms only (FIPS 140-3, SP 800-140C/D as of 2026). Runs the power-on self-tests if they
     * have not run; throws {@code SELF_TEST_FAILED} if they failed, and {@code INTERNAL_ERROR} if they did
     * not cover a family this profile approves. Puts the module into its approved mode of operation for the
     * rest of the JVM's life: key-pair generation then runs the IG 10.3.A sign/verify pairwise consistency
     * test for ECDSA keys (the standard mode runs the SP 800-56A §5.6.2.1.4 public-key recomputation only).
     */
    public static CryptoProfile fips140() {
        SelfTest.requireOperational();
        List<String> ran = SelfTest.run().algorithms();
        for (String required : REQUIRED_SELF_TESTS) {
            if (!ran.contains(required)) {
                throw ModuleErrorException.bug("FIPS profile invariant: no power-on self-test for " + required, null);
            }
        }
        ModuleState.enterApprovedMode();
        return new CryptoProfile("FIPS 140-3", true);
    }

    /** "standard" or "FIPS 140-3". */
    public String name() {
        return name;
    }

    /** Whether this profile refuses non-approved algorithms. */
    public boolean approvedOnly() {
        return approvedOnly;
    }

    public Indicated<HashAlgorithm> digest(HashAlgorithm h) {
        return indicate(h, Approvals.digest(h));
    }

    public Indicated<Shake> xof(Shake s) {
        return indicate(s, Approvals.xof(s));
    }

    public Indicated<MacAlgorithm> mac(MacAlgorithm m) {
        return indicate(m, Approvals.mac(m));
    }

    /** A KDF with its PRF or hash: the decision depends on both (SHA-1 is excluded). */
    public Indicated<KdfAlgorithm> kdf(KdfAlgorithm k, HashAlgorithm prf) {
        return indicate(k, Approvals.kdf(k, prf));
    }

    public Indicated<Aead> aead(Aead a) {
        return indicate(a, Approvals.aead(a));
    }

    public Indicated<CipherMode> cipher(CipherMode c) {
        return indicate(c, Approvals.cipher(c));
    }

    public Indicated<AesKeyWrap> keyWrap(AesKeyWrap w) {
        return indicate(w, Approvals.keyWrap(w));
    }

    public Indicated<EcCurve> ecdsa(EcCurve c) {
        return indicate(c, Approvals.ecdsa(c));
    }

    public Indicated<EcCurve> ecdh(EcCurve c) {
        return indicate(c, Approvals.ecdh(c));
    }

    public Indicated<EdDsaAlgorithm> eddsa(EdDsaAlgorithm a) {
        return indicate(a, Approvals.eddsa(a));
    }

    public Indicated<XdhAlgorithm> xdh(XdhAlgorithm a) {
        return indicate(a, Approvals.xdh(a));
    }

    /** RSA (PKCS#1 v1.5 and PSS signatures, OAEP) with a modulus of {@code modulusBits}. */
    public Indicated<Integer> rsa(int modulusBits) {
        return indicate(modulusBits, Approvals.rsa(modulusBits));
    }

    public Indicated<MlKemParameterSet> mlKem(MlKemParameterSet p) {
        return indicate(p, Approvals.mlKem(p));
    }

    public Indicated<MlDsaParameterSet> mlDsa(MlDsaParameterSet p) {
        return indicate(p, Approvals.mlDsa(p));
    }

    /** The system DRBG. */
    public Indicated<RandomSource> random() {
        return indicate(RandomSource.system(), Approvals.random());
    }

    private <T> Indicated<T> indicate(T primitive, Decision d) {
        SelfTest.requireOperational();
        if (approvedOnly && !d.approved()) {
            throw new ModuleErrorException(Reason.NOT_APPROVED, primitive + " is not approved in the " + name + " profile (" + d.basis() + ")");
        }
        return new Indicated<>(primitive, d.approved(), d.basis());
    }

    @Override
    public String toString() {
        return "CryptoProfile[" + name + "]";
    }
}
