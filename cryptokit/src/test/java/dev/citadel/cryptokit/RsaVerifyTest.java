package dev.citadel.cryptokit;

import static dev.citadel.cryptokit.Reasons.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RSA verification of keys received from elsewhere: signatures made by SecKey verify; tampering and wrong padding do not. */
class RsaVerifyTest {

    private final byte[] data = "data".getBytes(StandardCharsets.UTF_8);

    @Test
    void pkcs1v15AndPssSignaturesVerify() {
        SecKey sk = SecKeys.createRandomKey(KeyType.RSA_2048, false);
        RSA.Signing.PublicKey pk = RSA.Signing.PublicKey.fromPkcs1DerRepresentation(sk.copyPublicKey().copyExternalRepresentation());
        assertThat(pk.keySizeInBits()).isEqualTo(2048);
        byte[] pkcs1 = sk.createSignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256, data);
        byte[] pss = sk.createSignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA256, data);
        pk.verifyPkcs1v15(HashFunction.SHA256, pkcs1, data);
        pk.verifyPss(HashFunction.SHA256, pss, data);
        // A signature under one padding never verifies under the other.
        assertReason(() -> pk.verifyPss(HashFunction.SHA256, pkcs1, data), Reason.INVALID_SIGNATURE);
        assertReason(() -> pk.verifyPkcs1v15(HashFunction.SHA256, pss, data), Reason.INVALID_SIGNATURE);
        pkcs1[5] ^= 1;
        assertReason(() -> pk.verifyPkcs1v15(HashFunction.SHA256, pkcs1, data), Reason.INVALID_SIGNATURE);
        assertReason(() -> pk.verifyPkcs1v15(HashFunction.SHA3_256, pss, data), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void insecureSha1VerificationChecksTheHashAndTheSignature() throws Exception {
        // SHA-1 RSA signatures are made here by the JDK: cryptokit itself never makes one.
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        java.security.KeyPair kp = g.generateKeyPair();
        RSA.Signing.PublicKey pk = RSA.Signing.PublicKey.fromDerRepresentation(kp.getPublic().getEncoded());
        java.security.Signature sha1 = java.security.Signature.getInstance("SHA1withRSA");
        sha1.initSign(kp.getPrivate());
        sha1.update(data);
        byte[] signature = sha1.sign();
        assertThat(Insecure.RSASignatureSHA1.verify(pk, signature, data).algorithm()).contains("SHA1");
        // The same key's SHA-256 signature is not a SHA-1 signature (the DigestInfo names the hash).
        java.security.Signature sha256 = java.security.Signature.getInstance("SHA256withRSA");
        sha256.initSign(kp.getPrivate());
        sha256.update(data);
        byte[] other = sha256.sign();
        assertReason(() -> Insecure.RSASignatureSHA1.verify(pk, other, data), Reason.INVALID_SIGNATURE);
        // And the SHA-1 signature stays refused by every other verifier.
        assertReason(() -> pk.verifyPkcs1v15(HashFunction.SHA256, signature, data), Reason.INVALID_SIGNATURE);
        signature[7] ^= 1;
        assertReason(() -> Insecure.RSASignatureSHA1.verify(pk, signature, data), Reason.INVALID_SIGNATURE);
    }
}
