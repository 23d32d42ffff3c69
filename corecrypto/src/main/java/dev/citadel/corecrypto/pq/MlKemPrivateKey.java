package dev.citadel.corecrypto.pq;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.bc.BcMlKem;
import dev.citadel.corecrypto.internal.jca.JcaMlKemEngine;
import dev.citadel.corecrypto.internal.jca.JcaSignatureHashes;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.ConstantTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * An ML-KEM decapsulation key (FIPS 203), held as the 64-byte seed d || z when known, always with its
 * expanded form.
 *
 * <h2>Security guarantees</h2>
 * Seed expansion per FIPS 203 Algorithm 16; expanded keys pass the §7.3 hash check (H(ek) stored in dk
 * matches) and the modulus check; generation runs an encapsulate/decapsulate pairwise consistency test.
 * Decapsulation uses implicit rejection: a tampered ciphertext yields an unrelated secret, not an error.
 * Redacted {@code toString}; {@link #close()} zeroises seed and expanded key held here.
 *
 * <h2>Does not</h2>
 * Zeroise the JDK's per-call key copies.
 */
public final class MlKemPrivateKey implements AutoCloseable {

    private final MlKemParameterSet parameterSet;
    private final byte[] seed; // null when imported in expanded form
    private final byte[] dk;
    private final MlKemPublicKey publicKey;
    private volatile boolean closed;

    private MlKemPrivateKey(MlKemParameterSet parameterSet, byte[] seed, byte[] dk, MlKemPublicKey publicKey) {
        this.parameterSet = parameterSet;
        this.seed = seed;
        this.dk = dk;
        this.publicKey = publicKey;
    }

    public static MlKemPrivateKey generate(MlKemParameterSet parameterSet) {
        return generate(parameterSet, RandomSource.system());
    }

    public static MlKemPrivateKey generate(MlKemParameterSet parameterSet, RandomSource random) {
        SelfTest.requireOperational();
        byte[] seed = random.bytes(MlKemParameterSet.SEED_LENGTH);
        MlKemPrivateKey k;
        try {
            k = fromSeed(parameterSet, seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        PairwiseConsistency.require(parameterSet.name(), () -> {
            try (MlKemEncapsulation e = k.publicKey.encapsulate(random); SharedSecret s = k.decapsulate(e.ciphertext())) {
                return s.equalsSecret(e.sharedSecret());
            }
        });
        return k;
    }

    /** The 64-byte seed d || z (copied). */
    public static MlKemPrivateKey fromSeed(MlKemParameterSet parameterSet, byte[] seed) {
        SelfTest.requireOperational();
        if (seed.length != MlKemParameterSet.SEED_LENGTH) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "ML-KEM seed must be 64 bytes");
        }
        byte[][] keys = BcMlKem.expand(parameterSet.k(), seed);
        return new MlKemPrivateKey(parameterSet, seed.clone(), keys[1], MlKemPublicKey.fromBytes(parameterSet, keys[0]));
    }

    /** The expanded decapsulation key dk (FIPS 203 Algorithm 16 output), with the §7.3 checks. */
    public static MlKemPrivateKey fromExpanded(MlKemParameterSet parameterSet, byte[] dk) {
        SelfTest.requireOperational();
        if (dk.length != parameterSet.decapsulationKeyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, parameterSet + " decapsulation key must be " + parameterSet.decapsulationKeyLength() + " bytes");
        }
        int k = parameterSet.k();
        byte[] ek = Arrays.copyOfRange(dk, 384 * k, 768 * k + 32);
        byte[] h = Arrays.copyOfRange(dk, 768 * k + 32, 768 * k + 64);
        if (!ConstantTime.equal(JcaSignatureHashes.digest(SignatureHash.SHA3_256, ek), h)) {
            throw new InvalidInputException(Reason.INVALID_KEY, "decapsulation key fails the FIPS 203 §7.3 hash check");
        }
        return new MlKemPrivateKey(parameterSet, null, dk.clone(), MlKemPublicKey.fromBytes(parameterSet, ek));
    }

    public MlKemParameterSet parameterSet() {
        return parameterSet;
    }

    public MlKemPublicKey publicKey() {
        return publicKey;
    }

    /** ML-KEM.Decaps; INVALID_CIPHERTEXT only for a wrong length (other tampering is implicitly rejected). */
    public SharedSecret decapsulate(byte[] ciphertext) {
        SelfTest.requireOperational();
        if (ciphertext.length != parameterSet.ciphertextLength()) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, parameterSet + " ciphertext must be " + parameterSet.ciphertextLength() + " bytes");
        }
        return SharedSecret.adopt(JcaMlKemEngine.decapsulate(parameterSet.oid, open(), ciphertext));
    }

    /** The seed d || z, if this key was generated or imported from a seed. */
    public Optional<byte[]> revealSeed(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        open();
        return Optional.ofNullable(seed).map(byte[]::clone);
    }

    public byte[] revealExpanded(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return open().clone();
    }

    private byte[] open() {
        if (closed) {
            throw new InvalidInputException(Reason.KEY_DESTROYED, "private key was closed");
        }
        return dk;
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(dk, (byte) 0);
        if (seed != null) {
            Arrays.fill(seed, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "MlKemPrivateKey[" + parameterSet + ", redacted]";
    }
}
