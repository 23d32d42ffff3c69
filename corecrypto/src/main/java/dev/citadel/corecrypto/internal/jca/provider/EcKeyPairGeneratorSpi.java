package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidParameterException;
import java.security.KeyPair;
import java.security.KeyPairGeneratorSpi;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;

/**
 * EC key pairs on P-256 (the default), P-384 or P-521, chosen by key size or by {@code ECGenParameterSpec} /
 * {@code ECParameterSpec}. Generation is corecrypto's (engine key generation plus its pairwise consistency
 * test); the random bytes come from the caller's {@code SecureRandom} if one is given, else corecrypto's DRBG.
 */
final class EcKeyPairGeneratorSpi extends KeyPairGeneratorSpi {

    private EcCurve curve = EcCurve.P_256;
    private RandomSource random = RandomSource.system();

    @Override
    public void initialize(int keysize, SecureRandom secureRandom) {
        curve = ProviderAlgorithms.curveOfSize(keysize)
                .orElseThrow(() -> new InvalidParameterException("EC key size must be 256, 384 or 521"));
        random = randomSource(secureRandom);
    }

    @Override
    public void initialize(AlgorithmParameterSpec params, SecureRandom secureRandom) throws InvalidAlgorithmParameterException {
        curve = EcParameters.curveOf(params);
        random = randomSource(secureRandom);
    }

    @Override
    public KeyPair generateKeyPair() {
        CitadelEcPrivateKey k = CitadelEcPrivateKey.generate(curve, random);
        return new KeyPair(k.publicKey(), k);
    }

    static RandomSource randomSource(SecureRandom secureRandom) {
        return secureRandom == null ? RandomSource.system() : secureRandom::nextBytes;
    }
}
