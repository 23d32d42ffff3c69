package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.aead.SealedBox;
import dev.citadel.corecrypto.cipher.AesCbc;
import dev.citadel.corecrypto.cipher.AesCtr;
import dev.citadel.corecrypto.cipher.AesKeyWrap;
import dev.citadel.corecrypto.digest.Shake;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaSignatureEncoding;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.hazmat.InsecureIvCipher;
import dev.citadel.corecrypto.hazmat.InsecureNonceAead;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.internal.testing.SelfTestHooks;
import dev.citadel.corecrypto.kdf.Hkdf;
import dev.citadel.corecrypto.kdf.OneStepKdf;
import dev.citadel.corecrypto.kdf.Pbkdf2;
import dev.citadel.corecrypto.kdf.X963Kdf;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlKemEncapsulation;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.rsa.RsaOaepParameters;
import dev.citadel.corecrypto.rsa.RsaPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPssParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * FIPS 140-3 §7.11 error state: after a failed self-test (a power-on KAT or a conditional pairwise
 * consistency test) every service of every family refuses with {@code SELF_TEST_FAILED}, and only an
 * explicit test restart leaves the state. Entry points are enumerated per family; a service that forgot
 * its check would return here instead of throwing.
 */
class ErrorStateTest {

    private static final byte[] MSG = {1, 2, 3};
    private static SecretKeyMaterial key;
    private static SealedBox box;
    private static byte[] cbc;
    private static EcdsaPrivateKey ecdsa;
    private static byte[] ecdsaSig;
    private static EcdhPrivateKey ecdh;
    private static XdhPrivateKey x25519;
    private static EdDsaPrivateKey ed25519;
    private static byte[] edSig;
    private static RsaPrivateKey rsa;
    private static byte[] rsaSig;
    private static byte[] rsaCt;
    private static MlKemPrivateKey mlKem;
    private static MlKemEncapsulation encapsulation;
    private static MlDsaPrivateKey mlDsa;
    private static byte[] mlDsaSig;

    @BeforeAll
    static void keys() {
        SelfTestHooks.restart();
        key = SecretKeyMaterial.generate(32);
        box = Aead.AES_GCM.seal(key, MSG, new byte[0]);
        cbc = AesCbc.encrypt(key, MSG);
        ecdsa = EcdsaPrivateKey.generate(EcCurve.P_256);
        ecdsaSig = ecdsa.sign(MSG, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
        ecdh = EcdhPrivateKey.generate(EcCurve.P_256);
        x25519 = XdhPrivateKey.generate(XdhAlgorithm.X25519);
        ed25519 = EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519);
        edSig = ed25519.sign(MSG);
        rsa = RsaPrivateKey.generate(2048);
        rsaSig = rsa.signPkcs1(MSG, SignatureHash.SHA_256);
        rsaCt = rsa.publicKey().encryptOaep(MSG, new byte[0], new RsaOaepParameters(SignatureHash.SHA_256, SignatureHash.SHA_256));
        mlKem = MlKemPrivateKey.generate(MlKemParameterSet.ML_KEM_768);
        encapsulation = mlKem.publicKey().encapsulate();
        mlDsa = MlDsaPrivateKey.generate(MlDsaParameterSet.ML_DSA_65);
        mlDsaSig = mlDsa.sign(MSG);
    }

    @AfterEach
    void restart() {
        SelfTestHooks.restart();
    }

    /** Representative entry points of every family, each a complete service call. */
    static Map<String, ThrowingCallable> services() {
        Map<String, ThrowingCallable> s = new LinkedHashMap<>();
        byte[] iv = new byte[16];
        s.put("digest SHA-256", () -> HashAlgorithm.SHA_256.digest(MSG));
        s.put("digest SHA3-512", () -> HashAlgorithm.SHA3_512.digest(MSG));
        s.put("XOF SHAKE-256", () -> Shake.SHAKE_256.digest(32, MSG));
        s.put("MAC HMAC compute", () -> MacAlgorithm.HMAC_SHA256.compute(key, MSG));
        s.put("MAC HMAC verify", () -> MacAlgorithm.HMAC_SHA256.verify(key, new byte[32], MSG));
        s.put("MAC AES-CMAC", () -> MacAlgorithm.AES_CMAC.compute(key, MSG));
        s.put("KDF HKDF derive", () -> Hkdf.derive(HashAlgorithm.SHA_256, key, new byte[0], new byte[0], 32));
        s.put("KDF HKDF extract", () -> Hkdf.extract(HashAlgorithm.SHA_256, new byte[0], key));
        s.put("KDF PBKDF2", () -> Pbkdf2.derive(HashAlgorithm.SHA_256, MSG, new byte[16], 1, 32));
        s.put("KDF X9.63", () -> X963Kdf.derive(HashAlgorithm.SHA_256, key, new byte[0], 32));
        s.put("KDF one-step", () -> OneStepKdf.derive(HashAlgorithm.SHA_256, key, new byte[0], 32));
        s.put("AEAD AES-GCM seal", () -> Aead.AES_GCM.seal(key, MSG, new byte[0]));
        s.put("AEAD AES-GCM open", () -> Aead.AES_GCM.open(key, box, new byte[0]));
        s.put("AEAD ChaCha20-Poly1305 seal", () -> Aead.CHACHA20_POLY1305.seal(key, MSG, new byte[0]));
        s.put("AEAD XChaCha20-Poly1305 seal", () -> Aead.XCHACHA20_POLY1305.seal(key, MSG, new byte[0]));
        s.put("AEAD AES-GCM-SIV seal", () -> Aead.AES_GCM_SIV.seal(key, MSG, new byte[0]));
        s.put("hazmat AEAD caller nonce", () -> InsecureNonceAead.seal(Aead.AES_GCM, key, new byte[12], MSG, new byte[0], 16));
        s.put("cipher AES-CBC encrypt", () -> AesCbc.encrypt(key, MSG));
        s.put("cipher AES-CBC decrypt", () -> AesCbc.decrypt(key, cbc));
        s.put("cipher AES-CTR", () -> AesCtr.encrypt(key, MSG));
        s.put("cipher AES-KW wrap", () -> AesKeyWrap.KW.wrap(key, key));
        s.put("hazmat AES-ECB", () -> InsecureIvCipher.ecbEncrypt(key, iv));
        s.put("hazmat AES-CTR caller IV", () -> InsecureIvCipher.ctr(key, iv, MSG));
        s.put("random system", () -> RandomSource.system().bytes(1));
        s.put("key generate symmetric", () -> SecretKeyMaterial.generate(32));
        s.put("key import symmetric", () -> SecretKeyMaterial.copyOf(new byte[32], SecretAccess.insecure()));
        s.put("key reveal symmetric", () -> key.reveal(SecretAccess.insecure()));
        s.put("ECDSA generate", () -> EcdsaPrivateKey.generate(EcCurve.P_256));
        s.put("ECDSA sign", () -> ecdsa.sign(MSG, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER));
        s.put("ECDSA sign deterministic", () -> ecdsa.signDeterministic(MSG, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER));
        s.put("ECDSA verify", () -> ecdsa.publicKey().verify(MSG, ecdsaSig, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER));
        s.put("ECDSA import", () -> EcdsaPrivateKey.fromRawScalar(EcCurve.P_256, new byte[32]));
        s.put("ECDSA reveal", () -> ecdsa.revealPkcs8(SecretAccess.insecure()));
        s.put("ECDH generate", () -> EcdhPrivateKey.generate(EcCurve.P_256));
        s.put("ECDH agree", () -> ecdh.agree(ecdh.publicKey()));
        s.put("X25519 generate", () -> XdhPrivateKey.generate(XdhAlgorithm.X25519));
        s.put("X25519 agree", () -> x25519.agree(x25519.publicKey()));
        s.put("X25519 import", () -> XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, new byte[32]));
        s.put("Ed25519 generate", () -> EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519));
        s.put("Ed25519 sign", () -> ed25519.sign(MSG));
        s.put("Ed25519 verify", () -> ed25519.publicKey().verify(MSG, edSig));
        s.put("Ed25519 import", () -> EdDsaPrivateKey.fromRaw(EdDsaAlgorithm.ED25519, new byte[32]));
        s.put("RSA generate", () -> RsaPrivateKey.generate(2048));
        s.put("RSA sign PKCS#1", () -> rsa.signPkcs1(MSG, SignatureHash.SHA_256));
        s.put("RSA sign PSS", () -> rsa.signPss(MSG, new RsaPssParameters(SignatureHash.SHA_256, SignatureHash.SHA_256, 32)));
        s.put("RSA verify", () -> rsa.publicKey().verifyPkcs1(MSG, rsaSig, SignatureHash.SHA_256));
        s.put("RSA encrypt", () -> rsa.publicKey().encryptOaep(MSG, new byte[0], new RsaOaepParameters(SignatureHash.SHA_256, SignatureHash.SHA_256)));
        s.put("RSA decrypt", () -> rsa.decryptOaep(rsaCt, new byte[0], new RsaOaepParameters(SignatureHash.SHA_256, SignatureHash.SHA_256)));
        s.put("ML-KEM generate", () -> MlKemPrivateKey.generate(MlKemParameterSet.ML_KEM_768));
        s.put("ML-KEM encapsulate", () -> mlKem.publicKey().encapsulate());
        s.put("ML-KEM decapsulate", () -> mlKem.decapsulate(encapsulation.ciphertext()));
        s.put("ML-KEM import seed", () -> MlKemPrivateKey.fromSeed(MlKemParameterSet.ML_KEM_768, new byte[64]));
        s.put("ML-DSA generate", () -> MlDsaPrivateKey.generate(MlDsaParameterSet.ML_DSA_65));
        s.put("ML-DSA sign", () -> mlDsa.sign(MSG));
        s.put("ML-DSA sign deterministic", () -> mlDsa.signDeterministic(MSG, new byte[0]));
        s.put("ML-DSA sign external mu", () -> mlDsa.signExternalMuDeterministic(new byte[64]));
        s.put("ML-DSA verify", () -> mlDsa.publicKey().verify(MSG, mlDsaSig));
        s.put("ML-DSA import seed", () -> MlDsaPrivateKey.fromSeed(MlDsaParameterSet.ML_DSA_65, new byte[32]));
        s.put("profile FIPS 140-3", CryptoProfile::fips140);
        s.put("profile AEAD", () -> CryptoProfile.standard().aead(Aead.AES_GCM));
        return s;
    }

    private static void assertEveryServiceRefuses() {
        assertThat(SelfTest.run().passed()).isFalse();
        services().forEach((name, call) -> assertThatThrownBy(call).as(name)
                .isInstanceOfSatisfying(CryptoException.class,
                        e -> assertThat(e.reason()).as(name).isEqualTo(CryptoException.Reason.SELF_TEST_FAILED)));
    }

    @Test
    @DisplayName("operational: every enumerated service runs")
    void everyServiceRunsWhenOperational() throws Throwable {
        for (var e : services().entrySet()) {
            try {
                e.getValue().call();
            } catch (CryptoException x) {
                // Input refusals (a zero scalar, a wrong tag) are fine here; a refusal of the module is not.
                assertThat(x.reason().category()).as(e.getKey()).isNotEqualTo(CryptoException.Category.MODULE);
            }
        }
    }

    @Test
    @DisplayName("a failed power-on KAT puts every service of every family into the error state")
    void katFailure() {
        SelfTestHooks.injectKatFailure("SHA-256");
        assertThat(SelfTest.run().failure()).contains("SHA-256");
        assertEveryServiceRefuses();
    }

    @Test
    @DisplayName("a failed KAT of the DRBG or of a public-key algorithm does the same")
    void katFailureOfOtherFamilies() {
        for (String algorithm : new String[] {"HMAC_DRBG SHA-512", "ML-DSA-65", "AES-GCM open"}) {
            SelfTestHooks.injectKatFailure(algorithm);
            assertThat(SelfTest.run().failure()).contains(algorithm);
            assertThatThrownBy(() -> HashAlgorithm.SHA_256.digest(MSG)).isInstanceOf(SelfTest.SelfTestFailedException.class);
            SelfTestHooks.restart();
        }
    }

    @Test
    @DisplayName("a failed pairwise consistency test puts every service into the error state")
    @SuppressWarnings("try")
    void pctFailure() {
        try (PairwiseConsistency.Injection ignored = SelfTestHooks.injectPctFailure("ECDSA")) {
            assertThatThrownBy(() -> EcdsaPrivateKey.generate(EcCurve.P_256)).isInstanceOf(ModuleErrorException.class)
                    .extracting(e -> ((CryptoException) e).reason()).isEqualTo(CryptoException.Reason.PAIRWISE_CONSISTENCY_FAILED);
        }
        assertEveryServiceRefuses();
    }

    @Test
    @DisplayName("engines refuse too, so an entry point that forgot its check still refuses")
    void enginesRefuse() {
        SelfTestHooks.injectKatFailure("SHA-256");
        Map<String, ThrowingCallable> engines = new LinkedHashMap<>();
        engines.put("Engines.digest", () -> dev.citadel.corecrypto.internal.engine.Engines.digest(HashAlgorithm.SHA_256));
        engines.put("Engines.aead", () -> dev.citadel.corecrypto.internal.engine.Engines.aead(Aead.CHACHA20_POLY1305));
        engines.put("EcEngine.current", dev.citadel.corecrypto.internal.ec.EcEngine::current);
        engines.put("JcaAes.ecb", () -> dev.citadel.corecrypto.internal.jca.JcaAes.ecb(new byte[16], true, new byte[16]));
        engines.put("EdwardsEngine.current", dev.citadel.corecrypto.internal.ec.EdwardsEngine::current);
        engines.put("FastEdwardsEngine.sign", () -> dev.citadel.corecrypto.internal.ec.FastEdwardsEngine.INSTANCE.sign(
                dev.citadel.corecrypto.internal.ec.EdwardsEngine.Curve.ED25519, new byte[32], new byte[32], MSG));
        engines.put("JcaEdwardsEngine.sign", () -> dev.citadel.corecrypto.internal.jca.JcaEdwardsEngine.INSTANCE.sign(
                dev.citadel.corecrypto.internal.ec.EdwardsEngine.Curve.ED25519, new byte[32], new byte[32], MSG));
        engines.put("JcaRsaEngine.generate", () -> dev.citadel.corecrypto.internal.jca.JcaRsaEngine.generate(2048, RandomSource.system()));
        engines.put("BcMlKem.expand", () -> dev.citadel.corecrypto.internal.bc.BcMlKem.expand(3, new byte[64]));
        engines.put("BcMlDsa.expand", () -> dev.citadel.corecrypto.internal.bc.BcMlDsa.expand(6, new byte[32]));
        engines.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(SelfTest.SelfTestFailedException.class));
    }

    @Test
    @DisplayName("the error state is sticky: only an explicit restart (tests only) leaves it")
    void errorStateIsSticky() {
        SelfTestHooks.injectKatFailure("HMAC-SHA-256");
        for (int i = 0; i < 3; i++) {
            assertThat(SelfTest.run().passed()).isFalse();
        }
        SelfTestHooks.restart();
        assertThat(SelfTest.run().passed()).isTrue();
        assertThat(HashAlgorithm.SHA_256.digest(MSG)).hasSize(32);
    }
}
