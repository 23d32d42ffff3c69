package dev.citadel.attest.devicecheck;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.jose.CryptoKitJwsSigner;
import dev.citadel.cryptokit.keys.KeyClass;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;

/**
 * A DeviceCheck key: the team id, the key id and the EC P-256 private key Apple issued as a {@code .p8}
 * file. It makes the ES256 authorization tokens the API expects (header {@code alg} ES256 and {@code kid};
 * claims {@code iss} = team id and {@code iat}), signed through cryptokit's JOSE signer.
 *
 * <h2>Security guarantees</h2>
 * The private key lives in a non-extractable cryptokit {@link SecKey}; the PKCS#8 bytes read from the
 * {@code .p8} are cleared after import. {@code toString} names the team and key id only.
 *
 * <h2>Does not</h2>
 * Read files (pass the PEM text), or keep the key out of this process's memory.
 */
public final class DeviceCheckCredentials implements AutoCloseable {

    private final String teamId;
    private final String keyId;
    private final SecKey key;
    private final CryptoKitJwsSigner signer;
    private final boolean owned;

    private DeviceCheckCredentials(String teamId, String keyId, SecKey key, boolean owned) {
        this.teamId = AppleIds.requireTeamId(teamId);
        this.keyId = AppleIds.requireKeyId(keyId);
        if (key.keyType() != KeyType.EC_P256 || key.keyClass() != KeyClass.PRIVATE) {
            throw DeviceCheckException.of(Reason.INVALID_KEY, "a DeviceCheck key is an EC P-256 private key");
        }
        this.key = key;
        this.signer = new CryptoKitJwsSigner(key);
        this.owned = owned;
    }

    /** Credentials from the PEM text of Apple's {@code AuthKey_<keyId>.p8} (PKCS#8 {@code PRIVATE KEY}). */
    public static DeviceCheckCredentials fromP8(String teamId, String keyId, String p8Pem) {
        Objects.requireNonNull(p8Pem, "p8Pem");
        AppleIds.requireTeamId(teamId);
        AppleIds.requireKeyId(keyId);
        byte[] x963 = null;
        try (P256.Signing.PrivateKey parsed = P256.Signing.PrivateKey.fromPemRepresentation(p8Pem, SecretAccess.insecure())) {
            x963 = parsed.x963Representation(SecretAccess.insecure());
            return new DeviceCheckCredentials(teamId, keyId,
                    SecKeys.createPrivateKey(KeyType.EC_P256, x963, false, SecretAccess.insecure()), true);
        } catch (CryptoKitException e) {
            throw DeviceCheckException.of(Reason.INVALID_KEY, "not a PKCS#8 EC P-256 private key (" + e.reason() + ")", e);
        } finally {
            if (x963 != null) {
                Arrays.fill(x963, (byte) 0);
            }
        }
    }

    /** Credentials over a P-256 private {@link SecKey} (software or token); the caller keeps ownership. */
    public static DeviceCheckCredentials of(String teamId, String keyId, SecKey privateKey) {
        return new DeviceCheckCredentials(teamId, keyId, privateKey, false);
    }

    public String teamId() {
        return teamId;
    }

    public String keyId() {
        return keyId;
    }

    /**
     * A compact ES256 JWT issued at {@code issuedAt} (truncated to seconds), for the {@code Authorization:
     * Bearer} header. Apple accepts a token for up to an hour after {@code iat}.
     */
    public String authorizationToken(Instant issuedAt) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(teamId)
                .issueTime(Date.from(Instant.ofEpochSecond(issuedAt.getEpochSecond()))).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw DeviceCheckException.of(Reason.INVALID_KEY, "cannot sign the authorization token", e);
        }
        return jwt.serialize();
    }

    /** Zeroises the private key read by {@link #fromP8}; a key passed to {@link #of} stays the caller's to close. */
    @Override
    public void close() {
        if (owned) {
            key.close();
        }
    }

    @Override
    public String toString() {
        return "DeviceCheckCredentials[team " + teamId + ", key " + keyId + ", redacted]";
    }
}
