package dev.citadel.corecrypto.pq;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.bc.BcMlDsa;
import dev.citadel.corecrypto.internal.jca.JcaMlDsaEngine;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import java.util.Arrays;
import java.util.Optional;

/**
 * An ML-DSA signing key (FIPS 204), held as the 32-byte seed ξ when known, always with its expanded
 * form.
 *
 * <h2>Security guarantees</h2>
 * Hedged signing by default (fresh 32-byte rnd per signature); {@link #signDeterministic} uses rnd = 0³²
 * (FIPS 204 §3.4). Expanded keys are checked: s1, s2 coefficients within [−η, η], tr = H(ρ || t1).
 * Generation runs a sign/verify pairwise consistency test. Redacted {@code toString}; {@link #close()}
 * zeroises seed and expanded key held here.
 *
 * <h2>Does not</h2>
 * Offer HashML-DSA (pre-hash). Zeroise the engines' per-call copies.
 */
public final class MlDsaPrivateKey implements AutoCloseable {

    private static final byte[] EMPTY = new byte[0];
    private static final byte[] PCT_MESSAGE = "Citadel ML-DSA pairwise consistency".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** FIPS 204 deterministic variant: rnd = {0}^32. */
    private static final RandomSource ZERO_RND = out -> Arrays.fill(out, (byte) 0);

    private final MlDsaParameterSet parameterSet;
    private final byte[] seed; // null when imported in expanded form
    private final byte[] sk;
    private final MlDsaPublicKey publicKey;
    private volatile boolean closed;

    private MlDsaPrivateKey(MlDsaParameterSet parameterSet, byte[] seed, byte[] sk, MlDsaPublicKey publicKey) {
        this.parameterSet = parameterSet;
        this.seed = seed;
        this.sk = sk;
        this.publicKey = publicKey;
    }

    public static MlDsaPrivateKey generate(MlDsaParameterSet parameterSet) {
        return generate(parameterSet, RandomSource.system());
    }

    public static MlDsaPrivateKey generate(MlDsaParameterSet parameterSet, RandomSource random) {
        SelfTest.requireOperational();
        byte[] seed = random.bytes(MlDsaParameterSet.SEED_LENGTH);
        MlDsaPrivateKey k;
        try {
            k = fromSeed(parameterSet, seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        PairwiseConsistency.require(parameterSet.name(), () -> {
            try {
                k.publicKey.verify(PCT_MESSAGE, k.sign(PCT_MESSAGE, EMPTY, random));
                return true;
            } catch (CryptoException e) {
                return false;
            }
        });
        return k;
    }

    /** ML-DSA.KeyGen_internal(ξ) (FIPS 204 Algorithm 6) from the 32-byte seed (copied). */
    public static MlDsaPrivateKey fromSeed(MlDsaParameterSet parameterSet, byte[] seed) {
        SelfTest.requireOperational();
        if (seed.length != MlDsaParameterSet.SEED_LENGTH) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "ML-DSA seed must be 32 bytes");
        }
        byte[][] keys = BcMlDsa.expand(parameterSet.k, seed);
        return new MlDsaPrivateKey(parameterSet, seed.clone(), keys[1], MlDsaPublicKey.fromBytes(parameterSet, keys[0]));
    }

    /** The expanded private key (FIPS 204 Algorithm 24 skEncode output), checked for consistency. */
    public static MlDsaPrivateKey fromExpanded(MlDsaParameterSet parameterSet, byte[] sk) {
        SelfTest.requireOperational();
        if (sk.length != parameterSet.expandedPrivateKeyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, parameterSet + " private key must be " + parameterSet.expandedPrivateKeyLength() + " bytes");
        }
        requireShortVectors(parameterSet, sk);
        byte[] pk = BcMlDsa.publicKeyOf(parameterSet.k, parameterSet.l, parameterSet.etaPolyLength(), sk);
        if (pk == null) {
            throw new InvalidInputException(Reason.INVALID_KEY, "tr does not match the key's public part");
        }
        return new MlDsaPrivateKey(parameterSet, null, sk.clone(), MlDsaPublicKey.fromBytes(parameterSet, pk));
    }

    /** FIPS 204 Algorithm 25: s1 and s2 coefficients are η − v with 0 ≤ v ≤ 2η. */
    private static void requireShortVectors(MlDsaParameterSet ps, byte[] sk) {
        int start = 128;
        int end = start + (ps.l + ps.k) * ps.etaPolyLength();
        int bits = ps.eta == 2 ? 3 : 4;
        long acc = 0;
        int have = 0;
        for (int i = start; i < end; i++) {
            acc |= (long) (sk[i] & 0xff) << have;
            have += 8;
            while (have >= bits) {
                if ((acc & ((1 << bits) - 1)) > 2L * ps.eta) {
                    throw new InvalidInputException(Reason.INVALID_KEY, "s1/s2 coefficient outside [−η, η]");
                }
                acc >>>= bits;
                have -= bits;
            }
        }
    }

    public MlDsaParameterSet parameterSet() {
        return parameterSet;
    }

    public MlDsaPublicKey publicKey() {
        return publicKey;
    }

    /** Hedged ML-DSA.Sign with an empty context. */
    public byte[] sign(byte[] message) {
        return sign(message, EMPTY, RandomSource.system());
    }

    /** Hedged ML-DSA.Sign with {@code context} (≤ 255 bytes). */
    public byte[] sign(byte[] message, byte[] context) {
        return sign(message, context, RandomSource.system());
    }

    /** ML-DSA.Sign drawing its 32-byte rnd from {@code random}. */
    public byte[] sign(byte[] message, byte[] context, RandomSource random) {
        SelfTest.requireOperational();
        requireContext(context);
        return context.length == 0
                ? JcaMlDsaEngine.sign(parameterSet.oid, open(), message, random)
                : BcMlDsa.sign(parameterSet.k, parameterSet.l, parameterSet.etaPolyLength(), open(), message, context, random);
    }

    /** Deterministic ML-DSA.Sign (rnd = 0³²): same key, message and context give the same signature. */
    public byte[] signDeterministic(byte[] message, byte[] context) {
        return sign(message, context, ZERO_RND);
    }

    /** Signs a caller-computed μ = H(tr || M′, 64) (external-μ mode), drawing rnd from {@code random}. */
    public byte[] signExternalMu(byte[] mu, RandomSource random) {
        SelfTest.requireOperational();
        requireMu(mu);
        return BcMlDsa.signMu(parameterSet.k, parameterSet.l, parameterSet.etaPolyLength(), open(), mu, random);
    }

    /** Deterministic external-μ signing (rnd = 0³²). */
    public byte[] signExternalMuDeterministic(byte[] mu) {
        return signExternalMu(mu, ZERO_RND);
    }

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

    static void requireContext(byte[] context) {
        if (context.length > MlDsaParameterSet.MAX_CONTEXT_LENGTH) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "ML-DSA context longer than 255 bytes");
        }
    }

    static void requireMu(byte[] mu) {
        if (mu.length != MlDsaParameterSet.MU_LENGTH) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "μ must be 64 bytes");
        }
    }

    private byte[] open() {
        if (closed) {
            throw new InvalidInputException(CryptoException.Reason.KEY_DESTROYED, "private key was closed");
        }
        return sk;
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(sk, (byte) 0);
        if (seed != null) {
            Arrays.fill(seed, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "MlDsaPrivateKey[" + parameterSet + ", redacted]";
    }
}
