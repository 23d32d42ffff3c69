package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidParameterException;
import java.security.KeyPair;
import java.security.KeyPairGeneratorSpi;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.NamedParameterSpec;

/**
 * Ed25519 or X25519 key pairs through corecrypto's key generation (with its pairwise consistency test).
 * Initialisation accepts key size 255 or the matching {@code NamedParameterSpec}; anything else (Ed448,
 * X448) is refused so that JCA moves on to the next provider.
 */
final class EdwardsKeyPairGeneratorSpi extends KeyPairGeneratorSpi {

    /** The two curves, with the size the JDK accepts in {@code initialize(int)}. */
    enum Kind { ED25519, X25519 }

    private static final int BITS_25519 = 255;

    private final Kind kind;
    private RandomSource random = RandomSource.system();

    EdwardsKeyPairGeneratorSpi(Kind kind) {
        this.kind = kind;
    }

    private NamedParameterSpec named() {
        return kind == Kind.ED25519 ? NamedParameterSpec.ED25519 : NamedParameterSpec.X25519;
    }

    @Override
    public void initialize(int keysize, SecureRandom secureRandom) {
        if (keysize != BITS_25519) {
            throw new InvalidParameterException("only " + named().getName() + " (255 bits) is offered");
        }
        random = EcKeyPairGeneratorSpi.randomSource(secureRandom);
    }

    @Override
    public void initialize(AlgorithmParameterSpec params, SecureRandom secureRandom) throws InvalidAlgorithmParameterException {
        if (!(params instanceof NamedParameterSpec n) || !n.getName().equalsIgnoreCase(named().getName())) {
            throw new InvalidAlgorithmParameterException("only " + named().getName() + " is offered");
        }
        random = EcKeyPairGeneratorSpi.randomSource(secureRandom);
    }

    @Override
    public KeyPair generateKeyPair() {
        return switch (kind) {
            case ED25519 -> {
                CitadelEdDsaPrivateKey k = new CitadelEdDsaPrivateKey(EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519, random));
                yield new KeyPair(k.publicKey(), k);
            }
            case X25519 -> {
                CitadelXdhPrivateKey k = new CitadelXdhPrivateKey(XdhPrivateKey.generate(XdhAlgorithm.X25519, random));
                yield new KeyPair(k.publicKey(), k);
            }
        };
    }
}
