package dev.citadel.cryptokit.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.internal.der.EcdsaSignatureDer;
import dev.citadel.cryptokit.keys.KeyClass;
import dev.citadel.cryptokit.keys.SecKey;
import java.util.Set;

/**
 * A Nimbus {@link JWSSigner} whose private key is a cryptokit {@link SecKey} (software now, tokens
 * later): ES256/ES384/ES512 (P1363 {@code r || s}, RFC 7518 §3.4), PS256 and RS256 (RFC 7518 §3.5, §3.3)
 * and EdDSA/Ed25519 (RFC 8037).
 *
 * <h2>Security guarantees</h2>
 * The key never leaves cryptokit (non-extractable keys work); the header's {@code alg} must be one the
 * key serves, so a P-256 key never signs ES384 and an RSA key never signs without the named padding.
 *
 * <h2>Does not</h2>
 * Sign with HMAC (HS256) or RSA below 2048 bits; use Nimbus's JCA context (ignored: corecrypto is the engine).
 */
public final class CryptoKitJwsSigner implements JWSSigner {

    private final SecKey key;
    private final Set<JWSAlgorithm> algorithms;
    private final JCAContext jca = new JCAContext();

    public CryptoKitJwsSigner(SecKey privateKey) {
        if (privateKey.keyClass() != KeyClass.PRIVATE) {
            throw new IllegalArgumentException("a JWS signer needs a private key");
        }
        this.key = privateKey;
        this.algorithms = JoseAlgorithms.forKey(privateKey.keyType());
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException(privateKey.keyType() + " keys do not sign");
        }
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        JWSAlgorithm alg = header.getAlgorithm();
        if (!algorithms.contains(alg)) {
            throw new JOSEException("JWS algorithm " + alg + " is not supported by a " + key.keyType() + " key; supported: " + algorithms);
        }
        try {
            byte[] sig = key.createSignature(JoseAlgorithms.keyAlgorithm(alg), signingInput);
            int l = JoseAlgorithms.ecCoordinateLength(key.keyType());
            return Base64URL.encode(l == 0 ? sig : EcdsaSignatureDer.toRaw(sig, l));
        } catch (CryptoKitException e) {
            throw new JOSEException("signing failed: " + e.reason(), e);
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return algorithms;
    }

    @Override
    public JCAContext getJCAContext() {
        return jca;
    }
}
