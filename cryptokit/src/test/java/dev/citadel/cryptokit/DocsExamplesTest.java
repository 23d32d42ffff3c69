package dev.citadel.cryptokit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.citadel.cryptokit.commoncrypto.CCAlgorithm;
import dev.citadel.cryptokit.commoncrypto.CCCryptorStatus;
import dev.citadel.cryptokit.commoncrypto.CCMode;
import dev.citadel.cryptokit.commoncrypto.CCOperation;
import dev.citadel.cryptokit.commoncrypto.CCOption;
import dev.citadel.cryptokit.commoncrypto.CommonCrypto;
import dev.citadel.cryptokit.commoncrypto.Cryptor;
import dev.citadel.cryptokit.commoncrypto.Hmac;
import dev.citadel.cryptokit.commoncrypto.PBKDF2;
import dev.citadel.cryptokit.hpke.Ciphersuite;
import dev.citadel.cryptokit.hpke.HPKE;
import dev.citadel.cryptokit.jose.CryptoKitJwsSigner;
import dev.citadel.cryptokit.jose.CryptoKitJwsVerifier;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/cryptokit.md}, kept compiling and running. */
class DocsExamplesTest {

    private final byte[] plaintext = "plaintext".getBytes(StandardCharsets.UTF_8);
    private final byte[] data = "data".getBytes(StandardCharsets.UTF_8);
    private final byte[] aad = "aad".getBytes(StandardCharsets.UTF_8);
    private final byte[] salt = new byte[16];
    private final byte[] info = "info".getBytes(StandardCharsets.UTF_8);
    private final byte[] context = "ctx".getBytes(StandardCharsets.UTF_8);

    @Test
    void symmetric() {
        try (SymmetricKey key = SymmetricKey.generate(SymmetricKeySize.BITS_256)) {
            AES.GCM.SealedBox box = AES.GCM.seal(plaintext, key, aad);
            byte[] wire = box.combined();
            byte[] opened = AES.GCM.open(AES.GCM.SealedBox.fromCombined(wire), key, aad);
            ChaChaPoly.SealedBox c = ChaChaPoly.seal(plaintext, key);
            byte[] again = ChaChaPoly.open(c, key);
            assertThat(opened).isEqualTo(plaintext).isEqualTo(again);

            Digest d = SHA256.hash(data);
            MessageAuthenticationCode tag = HMAC.authenticationCode(HashFunction.SHA256, data, key);
            HMAC.verify(tag, data, key);
            SymmetricKey derived = HKDF.deriveKey(HashFunction.SHA256, key, salt, info, 32);
            assertThat(d.bytes()).hasSize(32);
            assertThat(derived.bitCount()).isEqualTo(256);
        }
    }

    @Test
    void signaturesAgreementKems() {
        try (P256.Signing.PrivateKey sk = P256.Signing.PrivateKey.generate()) {
            P256.Signing.ECDSASignature sig = sk.signature(data);
            String pem = sk.publicKey().pemRepresentation();
            P256.Signing.PublicKey pk = P256.Signing.PublicKey.fromPemRepresentation(pem);
            VerifiedSignature ok = pk.verify(P256.Signing.ECDSASignature.fromDerRepresentation(sig.derRepresentation()), data);
            assertThat(ok).isNotNull();
        }
        try (Curve25519.Signing.PrivateKey ed = Curve25519.Signing.PrivateKey.generate()) {
            ed.publicKey().verify(ed.signature(data), data);
        }
        try (MLDSA65.PrivateKey pq = MLDSA65.PrivateKey.generate()) {
            pq.publicKey().verify(pq.signature(data, context), data, context);
        }
        try (P384.KeyAgreement.PrivateKey alice = P384.KeyAgreement.PrivateKey.generate();
                P384.KeyAgreement.PrivateKey bob = P384.KeyAgreement.PrivateKey.generate();
                SharedSecret s = alice.sharedSecretFromKeyAgreement(bob.publicKey())) {
            SymmetricKey k1 = s.hkdfDerivedSymmetricKey(HashFunction.SHA384, salt, info, 32);
            SymmetricKey k2 = s.x963DerivedSymmetricKey(HashFunction.SHA256, info, 16);
            assertThat(k1.bitCount() + k2.bitCount()).isEqualTo(384);
        }
        try (XWing.PrivateKey sk = XWing.PrivateKey.generate(); EncapsulationResult r = sk.publicKey().encapsulate();
                SymmetricKey k = sk.decapsulate(r.encapsulated())) {
            assertThat(k).isEqualTo(r.sharedSecret());
        }
        try (MLKEM768.PrivateKey sk = MLKEM768.PrivateKey.generate()) {
            assertThat(sk.seedRepresentation(SecretAccess.insecure())).hasSize(64);
        }
    }

    @Test
    void hpke() {
        byte[] exporterContext = "exp".getBytes(StandardCharsets.UTF_8);
        Ciphersuite suite = Ciphersuite.XWING_SHA256_AES_GCM_256;
        try (HPKE.PrivateKey recipient = HPKE.PrivateKey.generate(suite.kem());
                HPKE.Sender s = HPKE.Sender.base(suite, recipient.publicKey(), info);
                HPKE.Recipient r = HPKE.Recipient.base(suite, recipient, info, s.encapsulatedKey())) {
            byte[] ct = s.seal(plaintext, aad);
            byte[] pt = r.open(ct, aad);
            SymmetricKey exported = r.export(exporterContext, 32);
            assertThat(pt).isEqualTo(plaintext);
            assertThat(exported).isEqualTo(s.export(exporterContext, 32));
            HPKE.Message m = HPKE.seal(suite, recipient.publicKey(), info, plaintext, aad);
            assertThat(HPKE.open(suite, recipient, info, m.encapsulatedKey(), m.ciphertext(), aad)).isEqualTo(plaintext);
        }
    }

    @Test
    void commonCrypto() {
        try (SymmetricKey key = SymmetricKey.generate(128)) {
            byte[] iv = RandomSource.system().bytes(16);
            byte[] ct = CommonCrypto.crypt(CCOperation.ENCRYPT, CCAlgorithm.AES, Set.of(CCOption.PKCS7_PADDING), key, iv, data);
            Cryptor c = Cryptor.create(CCOperation.DECRYPT, CCMode.CBC, CCAlgorithm.AES, true, key, iv);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(c.update(ct));
            out.writeBytes(c.doFinal());
            assertThat(out.toByteArray()).isEqualTo(data);
            try {
                CommonCrypto.crypt(CCOperation.DECRYPT, CCAlgorithm.AES, Set.of(CCOption.PKCS7_PADDING), key, iv, new byte[15]);
            } catch (CryptoKitException e) {
                assertThat(CCCryptorStatus.of(e)).isEqualTo(CCCryptorStatus.ALIGNMENT_ERROR);
            }
            MessageAuthenticationCode t = Hmac.init(HashFunction.SHA256, key).update(data).update(aad).doFinal();
            assertThat(t).isEqualTo(HMAC.authenticationCode(HashFunction.SHA256, "dataaad".getBytes(StandardCharsets.UTF_8), key));
            SymmetricKey pk = PBKDF2.derive("password".getBytes(StandardCharsets.UTF_8), salt, HashFunction.SHA256, 1000, 32);
            assertThat(pk.bitCount()).isEqualTo(256);
        }
    }

    @Test
    void secKeyAndJose() throws Exception {
        try (SecKey key = SecKeys.createRandomKey(KeyType.EC_P256, false)) {
            SecKey pub = key.copyPublicKey();
            byte[] sig = key.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data);
            pub.verifySignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data, sig);
            byte[] msg = pub.createEncryptedData(KeyAlgorithm.ECIES_ENCRYPTION_STANDARD_VARIABLE_IV_X963_SHA256_AESGCM, data);
            byte[] back = key.createDecryptedData(KeyAlgorithm.ECIES_ENCRYPTION_STANDARD_VARIABLE_IV_X963_SHA256_AESGCM, msg);
            byte[] x963 = pub.copyExternalRepresentation();
            assertThat(back).isEqualTo(data);
            assertThat(x963).hasSize(65);

            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("citadel").build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims);
            jwt.sign(new CryptoKitJwsSigner(key));
            boolean ok = SignedJWT.parse(jwt.serialize()).verify(new CryptoKitJwsVerifier(key.copyPublicKey()));
            assertThat(ok).isTrue();
        }
    }
}
