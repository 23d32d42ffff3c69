package dev.citadel.cli;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPrivateKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The key types {@code citadel crypto keygen --type} offers, each generated through corecrypto's public API. */
enum KeyType {
    P256("p256", true), P384("p384", true), P521("p521", true), ED25519("ed25519", true), X25519("x25519", true),
    RSA2048("rsa2048", true), RSA3072("rsa3072", true), MLKEM768("mlkem768", false), MLDSA65("mldsa65", false);

    /** id-alg-ml-kem-768 (FIPS 203; RFC 9935 / draft-ietf-lamps-kyber-certificates). */
    private static final String ML_KEM_768_OID = "2.16.840.1.101.3.4.4.2";
    /** id-ml-dsa-65 (FIPS 204; RFC 9881). */
    private static final String ML_DSA_65_OID = "2.16.840.1.101.3.4.3.18";

    private final String cliName;
    private final boolean hasJwk;

    KeyType(String cliName, boolean hasJwk) {
        this.cliName = cliName;
        this.hasJwk = hasJwk;
    }

    String cliName() {
        return cliName;
    }

    /** Whether a JWK encoding is standardised (RFC 7518, RFC 8037); the ML-KEM/ML-DSA JWK drafts are not yet. */
    boolean hasJwk() {
        return hasJwk;
    }

    static Optional<KeyType> fromName(String name) {
        return Arrays.stream(values()).filter(t -> t.cliName.equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(KeyType::cliName).toList();
    }

    GeneratedKey generate() {
        SecretAccess access = SecretAccess.insecure(); // the private key is this command's output
        return switch (this) {
            case P256, P384, P521 -> {
                EcCurve curve = this == P256 ? EcCurve.P_256 : this == P384 ? EcCurve.P_384 : EcCurve.P_521;
                EcdsaPrivateKey key = EcdsaPrivateKey.generate(curve);
                byte[] x963 = key.publicKey().point().x963();
                int l = curve.coordinateLength();
                Map<String, byte[]> pub = new LinkedHashMap<>();
                pub.put("x", Arrays.copyOfRange(x963, 1, 1 + l));
                pub.put("y", Arrays.copyOfRange(x963, 1 + l, 1 + 2 * l));
                String crv = this == P256 ? "P-256" : this == P384 ? "P-384" : "P-521";
                yield new GeneratedKey(key, key.revealPkcs8(access), key.publicKey().point().spki(),
                        Map.of("kty", "EC", "crv", crv), pub, Map.of("d", key.revealRawScalar(access)));
            }
            case ED25519 -> {
                EdDsaPrivateKey key = EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519);
                yield new GeneratedKey(key, key.revealPkcs8(access), key.publicKey().spki(),
                        Map.of("kty", "OKP", "crv", "Ed25519"), Map.of("x", key.publicKey().raw()),
                        Map.of("d", key.revealRaw(access)));
            }
            case X25519 -> {
                XdhPrivateKey key = XdhPrivateKey.generate(XdhAlgorithm.X25519);
                yield new GeneratedKey(key, key.revealPkcs8(access), key.publicKey().spki(),
                        Map.of("kty", "OKP", "crv", "X25519"), Map.of("x", key.publicKey().raw()),
                        Map.of("d", key.revealRaw(access)));
            }
            case RSA2048, RSA3072 -> {
                RsaPrivateKey key = RsaPrivateKey.generate(this == RSA2048 ? 2048 : 3072);
                byte[] pkcs8 = key.revealPkcs8(access);
                yield new GeneratedKey(key, pkcs8, key.publicKey().spki(), Map.of("kty", "RSA"),
                        Der.rsaPublicJwk(pkcs8), Der.rsaPrivateJwk(pkcs8));
            }
            case MLKEM768 -> {
                MlKemPrivateKey key = MlKemPrivateKey.generate(MlKemParameterSet.ML_KEM_768);
                byte[] seed = key.revealSeed(access).orElseThrow();
                yield new GeneratedKey(key, Der.seedPkcs8(ML_KEM_768_OID, seed), key.publicKey().spki(), Map.of(),
                        Map.of(), Map.of());
            }
            case MLDSA65 -> {
                MlDsaPrivateKey key = MlDsaPrivateKey.generate(MlDsaParameterSet.ML_DSA_65);
                byte[] seed = key.revealSeed(access).orElseThrow();
                yield new GeneratedKey(key, Der.seedPkcs8(ML_DSA_65_OID, seed), key.publicKey().spki(), Map.of(),
                        Map.of(), Map.of());
            }
        };
    }
}
