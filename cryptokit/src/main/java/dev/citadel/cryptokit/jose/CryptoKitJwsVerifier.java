package dev.citadel.cryptokit.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.internal.der.EcdsaSignatureDer;
import dev.citadel.cryptokit.keys.SecKey;
import java.util.Set;

/**
 * A Nimbus {@link JWSVerifier} backed by a cryptokit {@link SecKey} public key, for the algorithms of
 * {@link CryptoKitJwsSigner}.
 *
 * <h2>Security guarantees</h2>
 * The header's {@code alg} must match the key (no algorithm confusion: an RSA key never verifies
 * {@code none} or HS256); ECDSA signatures must be exactly {@code 2·coordinate length} bytes; the
 * check itself is cryptokit's {@link SecKey#verifySignature}.
 *
 * <h2>Does not</h2>
 * Check {@code crit} headers, expiry or audience: use Nimbus's JWT processors on top.
 * The {@code boolean} result is Nimbus's interface contract; Citadel code should verify through
 * {@code SecKey.verifySignature}, which returns a {@code VerifiedSignature} or throws.
 */
public final class CryptoKitJwsVerifier implements JWSVerifier {

    private final SecKey key;
    private final Set<JWSAlgorithm> algorithms;
    private final JCAContext jca = new JCAContext();

    public CryptoKitJwsVerifier(SecKey key) {
        this.key = key.copyPublicKey();
        this.algorithms = JoseAlgorithms.forKey(key.keyType());
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException(key.keyType() + " keys do not verify signatures");
        }
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
        JWSAlgorithm alg = header.getAlgorithm();
        if (!algorithms.contains(alg)) {
            throw new JOSEException("JWS algorithm " + alg + " is not supported by a " + key.keyType() + " key; supported: " + algorithms);
        }
        byte[] sig = signature.decode();
        int l = JoseAlgorithms.ecCoordinateLength(key.keyType());
        try {
            if (l != 0) {
                if (sig.length != 2 * l) {
                    return false;
                }
                sig = EcdsaSignatureDer.fromRaw(sig);
            }
            key.verifySignature(JoseAlgorithms.keyAlgorithm(alg), signingInput, sig);
            return true;
        } catch (CryptoKitException e) {
            if (e.reason() == Reason.INVALID_SIGNATURE || e.reason() == Reason.INVALID_ENCODING) {
                return false;
            }
            throw new JOSEException("verification failed: " + e.reason(), e);
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
