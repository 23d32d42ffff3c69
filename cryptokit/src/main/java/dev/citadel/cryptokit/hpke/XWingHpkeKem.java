package dev.citadel.cryptokit.hpke;

import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.internal.xwing.XWingKem;
import java.util.Arrays;

/**
 * X-Wing as an HPKE KEM (KEM id 0x647a; draft-ietf-hpke-pq, draft-connolly-cfrg-xwing-kem §"Use in
 * HPKE"): Nsk = 32 (the seed), Npk = 1216, Nenc = 1120, Nsecret = 32. Base and psk modes only.
 */
enum XWingHpkeKem implements Kem {
    INSTANCE;

    private static final KemId ID = KemId.X_WING;

    @Override
    public KemId id() {
        return ID;
    }

    @Override
    public int sharedSecretLength() {
        return XWingKem.SHARED_SECRET_LENGTH;
    }

    @Override
    public int encLength() {
        return XWingKem.CIPHERTEXT_LENGTH;
    }

    @Override
    public int publicKeyLength() {
        return XWingKem.PUBLIC_KEY_LENGTH;
    }

    @Override
    public int privateKeyLength() {
        return XWingKem.SEED_LENGTH;
    }

    @Override
    public boolean supportsAuth() {
        return false;
    }

    @Override
    public void checkPublicKey(byte[] pk) {
        XWingKem.checkPublicKey(pk);
    }

    @Override
    public byte[] publicKeyOf(byte[] sk) {
        try (XWingKem.Expanded e = XWingKem.expand(sk)) {
            return e.publicKey();
        }
    }

    @Override
    public byte[] generatePrivateKey(RandomSource random) {
        return random.bytes(XWingKem.SEED_LENGTH);
    }

    @Override
    public byte[] deriveKeyPair(byte[] ikm) {
        throw CryptoKitException.of(Reason.UNSUPPORTED_ALGORITHM, "DeriveKeyPair is offered for the DHKEMs only");
    }

    @Override
    public byte[] randomEphemeral(RandomSource random) {
        return random.bytes(XWingKem.ESEED_LENGTH);
    }

    @Override
    public Encapsulation encap(byte[] pkR, byte[] eseed, byte[] skS) {
        XWingKem.checkPublicKey(pkR);
        byte[] ss = new byte[XWingKem.SHARED_SECRET_LENGTH];
        try {
            byte[] ct = XWingKem.encapsulate(pkR, eseed, ss);
            return new Encapsulation(ct, SecretKeyMaterial.copyOf(ss, SecretAccess.insecure()));
        } finally {
            Arrays.fill(ss, (byte) 0);
        }
    }

    @Override
    public SecretKeyMaterial decap(byte[] enc, byte[] skR, byte[] pkS) {
        byte[] ss = new byte[XWingKem.SHARED_SECRET_LENGTH];
        try (XWingKem.Expanded e = XWingKem.expand(skR)) {
            XWingKem.decapsulate(e, enc, ss);
            return SecretKeyMaterial.copyOf(ss, SecretAccess.insecure());
        } finally {
            Arrays.fill(ss, (byte) 0);
        }
    }
}
