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
}
