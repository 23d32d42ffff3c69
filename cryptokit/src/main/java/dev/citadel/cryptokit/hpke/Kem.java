package dev.citadel.cryptokit.hpke;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.RandomSource;

/**
 * An HPKE KEM (RFC 9180 §4): serialized keys as bytes, {@code Encap}/{@code Decap} and, for DHKEMs,
 * {@code AuthEncap}/{@code AuthDecap}. Implementations throw corecrypto exceptions; {@link HPKE}
 * translates them.
 */
sealed interface Kem permits DhKem, MlKemKem, XWingHpkeKem {

    KemId id();

    /** Nsecret. */
    int sharedSecretLength();

    /** Nenc. */
    int encLength();

    /** Npk. */
    int publicKeyLength();

    /** Nsk. */
    int privateKeyLength();

    /** Whether AuthEncap/AuthDecap exist (DHKEMs only). */
    boolean supportsAuth();

    /** DeserializePublicKey: validates {@code pk} (length checked by the caller). */
    void checkPublicKey(byte[] pk);

    /** The serialized public key of the serialized private key {@code sk} (which this validates). */
    byte[] publicKeyOf(byte[] sk);

    /** GenerateKeyPair: a fresh serialized private key. */
    byte[] generatePrivateKey(RandomSource random);

    /** DeriveKeyPair(ikm) (RFC 9180 §7.1.3): a serialized private key. */
    byte[] deriveKeyPair(byte[] ikm);

    /** Fresh encapsulation randomness: a DHKEM ephemeral private key, ML-KEM's m, X-Wing's eseed. */
    byte[] randomEphemeral(RandomSource random);

    /** Encap / AuthEncap (when {@code skS} is not null) with the given ephemeral input. */
    Encapsulation encap(byte[] pkR, byte[] ephemeral, byte[] skS);

    /** Decap / AuthDecap (when {@code pkS} is not null). */
    SecretKeyMaterial decap(byte[] enc, byte[] skR, byte[] pkS);

    /** The KEM with {@code id}, or {@code UNSUPPORTED_ALGORITHM}. */
    static Kem of(KemId id) {
        return switch (id.value()) {
            case 0x0010 -> DhKem.P256;
            case 0x0011 -> DhKem.P384;
            case 0x0012 -> DhKem.P521;
            case 0x0020 -> DhKem.X25519;
            case 0x0040 -> MlKemKem.ML_KEM_512;
            case 0x0041 -> MlKemKem.ML_KEM_768;
            case 0x0042 -> MlKemKem.ML_KEM_1024;
            case 0x647a -> XWingHpkeKem.INSTANCE;
            default -> throw CryptoKitException.of(Reason.UNSUPPORTED_ALGORITHM, "HPKE " + id + " is not implemented");
        };
    }

    /** The KEM's output: {@code enc} and the shared secret. */
    final class Encapsulation implements AutoCloseable {
        private final byte[] enc;
        private final SecretKeyMaterial sharedSecret;

        Encapsulation(byte[] enc, SecretKeyMaterial sharedSecret) {
            this.enc = enc;
            this.sharedSecret = sharedSecret;
        }

        byte[] enc() {
            return enc;
        }

        SecretKeyMaterial sharedSecret() {
            return sharedSecret;
        }

        @Override
        public void close() {
            sharedSecret.close();
        }
    }
}
