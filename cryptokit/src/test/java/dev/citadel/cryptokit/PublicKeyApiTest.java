package dev.citadel.cryptokit;

import static dev.citadel.cryptokit.Reasons.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PublicKeyApiTest {

    private static final byte[] DATA = "signed message".getBytes(StandardCharsets.UTF_8);

    @Nested
    class Nist {
        @Test
        void p256RepresentationsRoundTrip() {
            try (P256.Signing.PrivateKey sk = P256.Signing.PrivateKey.generate()) {
                P256.Signing.PublicKey pk = sk.publicKey();
                assertThat(P256.Signing.PublicKey.fromRawRepresentation(pk.rawRepresentation())).isEqualTo(pk);
                assertThat(P256.Signing.PublicKey.fromX963Representation(pk.x963Representation())).isEqualTo(pk);
                assertThat(P256.Signing.PublicKey.fromCompressedRepresentation(pk.compressedRepresentation())).isEqualTo(pk);
                assertThat(P256.Signing.PublicKey.fromDerRepresentation(pk.derRepresentation())).isEqualTo(pk);
                assertThat(P256.Signing.PublicKey.fromPemRepresentation(pk.pemRepresentation())).isEqualTo(pk);
                pk.compactRepresentation().ifPresent(c -> assertThat(P256.Signing.PublicKey.fromCompactRepresentation(c)).isEqualTo(pk));
                try (var a = P256.Signing.PrivateKey.fromRawRepresentation(sk.rawRepresentation(SecretAccess.insecure()), SecretAccess.insecure());
                        var b = P256.Signing.PrivateKey.fromX963Representation(sk.x963Representation(SecretAccess.insecure()), SecretAccess.insecure());
                        var c = P256.Signing.PrivateKey.fromDerRepresentation(sk.derRepresentation(SecretAccess.insecure()), SecretAccess.insecure());
                        var d = P256.Signing.PrivateKey.fromPemRepresentation(sk.pemRepresentation(SecretAccess.insecure()), SecretAccess.insecure())) {
                    for (var k : java.util.List.of(a, b, c, d)) {
                        assertThat(k.publicKey()).isEqualTo(pk);
                    }
                }
                assertThat(sk.toString()).contains("redacted");
            }
        }

        @Test
        void compactRepresentableKeysAlwaysHaveACompactForm() {
            for (int i = 0; i < 8; i++) {
                try (P256.KeyAgreement.PrivateKey a = P256.KeyAgreement.PrivateKey.generateCompactRepresentable();
                        P521.Signing.PrivateKey s = P521.Signing.PrivateKey.generateCompactRepresentable()) {
                    byte[] compact = a.publicKey().compactRepresentation().orElseThrow();
                    assertThat(P256.KeyAgreement.PublicKey.fromCompactRepresentation(compact)).isEqualTo(a.publicKey());
                    assertThat(s.publicKey().compactRepresentation()).isPresent();
                    s.publicKey().verify(s.signature(DATA), DATA);
                }
            }
        }

        @Test
        void signVerifyAndSignatureEncodings() {
            for (int i = 0; i < 3; i++) {
                try (P384.Signing.PrivateKey sk = P384.Signing.PrivateKey.generate()) {
                    P384.Signing.ECDSASignature sig = sk.signature(DATA);
                    assertThat(sk.publicKey().verify(sig, DATA).algorithm()).contains("P_384");
                    assertThat(P384.Signing.ECDSASignature.fromDerRepresentation(sig.derRepresentation())).isEqualTo(sig);
                    assertThat(P384.Signing.ECDSASignature.fromRawRepresentation(sig.rawRepresentation())).isEqualTo(sig);
                    assertReason(() -> sk.publicKey().verify(sig, "other".getBytes(StandardCharsets.UTF_8)), Reason.INVALID_SIGNATURE);
                    byte[] der = sig.derRepresentation();
                    assertReason(() -> P384.Signing.ECDSASignature.fromDerRepresentation(Arrays.copyOf(der, der.length + 1)), Reason.TRAILING_BYTES);
                    assertReason(() -> P384.Signing.ECDSASignature.fromRawRepresentation(new byte[95]), Reason.INVALID_ENCODING);
                }
            }
            try (P521.Signing.PrivateKey sk = P521.Signing.PrivateKey.generate()) {
                assertThat(sk.publicKey().verify(sk.signature(DATA), DATA)).isNotNull();
            }
        }

        @Test
        void hostileRepresentationsCarryReasons() {
            try (P256.KeyAgreement.PrivateKey sk = P256.KeyAgreement.PrivateKey.generate();
                    P384.KeyAgreement.PrivateKey other = P384.KeyAgreement.PrivateKey.generate()) {
                byte[] x963 = sk.publicKey().x963Representation();
                assertReason(() -> P256.KeyAgreement.PublicKey.fromX963Representation(Arrays.copyOf(x963, 66)), Reason.TRAILING_BYTES);
                assertReason(() -> P256.KeyAgreement.PublicKey.fromRawRepresentation(new byte[63]), Reason.INVALID_ENCODING);
                byte[] offCurve = x963.clone();
                offCurve[64] ^= 1;
                assertReason(() -> P256.KeyAgreement.PublicKey.fromX963Representation(offCurve), Reason.INVALID_POINT);
                assertReason(() -> P256.KeyAgreement.PublicKey.fromDerRepresentation(other.publicKey().derRepresentation()), Reason.INVALID_KEY);
                String pem = sk.pemRepresentation(SecretAccess.insecure());
                assertReason(() -> P256.KeyAgreement.PublicKey.fromPemRepresentation(pem), Reason.WRONG_PEM_LABEL);
                assertReason(() -> P256.KeyAgreement.PrivateKey.fromPemRepresentation(pem.replace("PRIVATE KEY", "EC PRIVATE KEY"), SecretAccess.insecure()),
                        Reason.WRONG_PEM_LABEL);
                assertReason(() -> P256.KeyAgreement.PrivateKey.fromPemRepresentation(pem + pem, SecretAccess.insecure()), Reason.INVALID_PEM);
                assertReason(() -> P256.KeyAgreement.PrivateKey.fromPemRepresentation(pem.replace("M", "*"), SecretAccess.insecure()), Reason.INVALID_PEM);
                byte[] der = sk.publicKey().derRepresentation();
                assertReason(() -> P256.KeyAgreement.PublicKey.fromDerRepresentation(Arrays.copyOf(der, der.length + 1)), Reason.TRAILING_BYTES);
                byte[] priv = sk.x963Representation(SecretAccess.insecure());
                priv[priv.length - 1] ^= 1;
                assertReason(() -> P256.KeyAgreement.PrivateKey.fromX963Representation(priv, SecretAccess.insecure()), Reason.INVALID_KEY);
                assertReason(() -> P256.KeyAgreement.PrivateKey.fromRawRepresentation(new byte[32], SecretAccess.insecure()), Reason.INVALID_KEY);
            }
        }

        @Test
        void keyAgreementAgreesAndDerives() {
            try (P521.KeyAgreement.PrivateKey a = P521.KeyAgreement.PrivateKey.generate(); P521.KeyAgreement.PrivateKey b = P521.KeyAgreement.PrivateKey.generate();
                    SharedSecret ab = a.sharedSecretFromKeyAgreement(b.publicKey()); SharedSecret ba = b.sharedSecretFromKeyAgreement(a.publicKey())) {
                assertThat(ab.equalsSecret(ba)).isTrue();
                assertThat(ab.toString()).contains("redacted");
                assertThat(ab.hkdfDerivedSymmetricKey(HashFunction.SHA512, new byte[0], DATA, 32))
                        .isEqualTo(ba.hkdfDerivedSymmetricKey(HashFunction.SHA512, new byte[0], DATA, 32));
                assertThat(ab.x963DerivedSymmetricKey(HashFunction.SHA256, DATA, 16))
                        .isEqualTo(ba.x963DerivedSymmetricKey(HashFunction.SHA256, DATA, 16));
            }
        }
    }

    @Nested
    class Curve25519Keys {
        @Test
        void ed25519AndX25519() {
            try (Curve25519.Signing.PrivateKey sk = Curve25519.Signing.PrivateKey.generate();
                    Curve25519.KeyAgreement.PrivateKey a = Curve25519.KeyAgreement.PrivateKey.generate();
                    Curve25519.KeyAgreement.PrivateKey b = Curve25519.KeyAgreement.PrivateKey.generate()) {
                byte[] sig = sk.signature(DATA);
                Curve25519.Signing.PublicKey pk = Curve25519.Signing.PublicKey.fromRawRepresentation(sk.publicKey().rawRepresentation());
                assertThat(pk.verify(sig, DATA).algorithm()).isEqualTo("Ed25519");
                sig[0] ^= 1;
                assertReason(() -> pk.verify(sig, DATA), Reason.INVALID_SIGNATURE);
                assertReason(() -> Curve25519.Signing.PublicKey.fromRawRepresentation(new byte[33]), Reason.TRAILING_BYTES);
                try (SharedSecret ab = a.sharedSecretFromKeyAgreement(b.publicKey()); SharedSecret ba = b.sharedSecretFromKeyAgreement(a.publicKey())) {
                    assertThat(ab.equalsSecret(ba)).isTrue();
                }
                assertReason(() -> a.sharedSecretFromKeyAgreement(Curve25519.KeyAgreement.PublicKey.fromRawRepresentation(new byte[32])), Reason.SMALL_ORDER);
                a.close();
                assertReason(() -> a.sharedSecretFromKeyAgreement(b.publicKey()), Reason.KEY_DESTROYED);
            }
        }
    }

    @Nested
    class PostQuantum {
        @Test
        void mlkemSeedRoundTrip() {
            try (MLKEM1024.PrivateKey sk = MLKEM1024.PrivateKey.generate();
                    MLKEM1024.PrivateKey again = MLKEM1024.PrivateKey.fromSeedRepresentation(sk.seedRepresentation(SecretAccess.insecure()), SecretAccess.insecure());
                    EncapsulationResult r = again.publicKey().encapsulate(); SymmetricKey k = sk.decapsulate(r.encapsulated())) {
                assertThat(k).isEqualTo(r.sharedSecret());
                assertReason(() -> sk.decapsulate(new byte[10]), Reason.INVALID_CIPHERTEXT);
                assertReason(() -> MLKEM768.PublicKey.fromRawRepresentation(sk.publicKey().rawRepresentation()), Reason.TRAILING_BYTES);
            }
            byte[] overflow = new byte[1184];
            Arrays.fill(overflow, (byte) 0xff);
            assertReason(() -> MLKEM768.PublicKey.fromRawRepresentation(overflow), Reason.INVALID_KEY);
        }

        @Test
        void mldsaWithContext() {
            try (MLDSA65.PrivateKey sk = MLDSA65.PrivateKey.generate()) {
                byte[] ctx = "ctx".getBytes(StandardCharsets.UTF_8);
                byte[] sig = sk.signature(DATA, ctx);
                MLDSA65.PublicKey pk = MLDSA65.PublicKey.fromRawRepresentation(sk.publicKey().rawRepresentation());
                assertThat(pk.verify(sig, DATA, ctx).algorithm()).isEqualTo("ML-DSA-65");
                assertReason(() -> pk.verify(sig, DATA), Reason.INVALID_SIGNATURE);
                try (MLDSA65.PrivateKey again = MLDSA65.PrivateKey.fromSeedRepresentation(sk.seedRepresentation(SecretAccess.insecure()), SecretAccess.insecure())) {
                    assertThat(again.publicKey()).isEqualTo(sk.publicKey());
                }
            }
            try (MLDSA44.PrivateKey a = MLDSA44.PrivateKey.generate(); MLDSA87.PrivateKey b = MLDSA87.PrivateKey.generate()) {
                a.publicKey().verify(a.signature(DATA), DATA);
                b.publicKey().verify(b.signature(DATA), DATA);
            }
        }
    }
}
