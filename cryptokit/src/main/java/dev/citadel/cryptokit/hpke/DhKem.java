package dev.citadel.cryptokit.hpke;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdhPublicKey;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPublicKey;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.RandomSource;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * DHKEM (RFC 9180 §4.1) over P-256, P-384, P-521 (uncompressed SEC 1 public keys, §7.1.1) and X25519.
 * {@code DH} refuses an invalid point ({@code INVALID_POINT}) and an all-zero X25519 output
 * ({@code SMALL_ORDER}, §7.1.4).
 */
enum DhKem implements Kem {
    P256(0x0010, EcCurve.P_256, HashAlgorithm.SHA_256, 32, 65, 32, 0xff),
    P384(0x0011, EcCurve.P_384, HashAlgorithm.SHA_384, 48, 97, 48, 0xff),
    P521(0x0012, EcCurve.P_521, HashAlgorithm.SHA_512, 64, 133, 66, 0x01),
    X25519(0x0020, null, HashAlgorithm.SHA_256, 32, 32, 32, 0);

    /** RFC 9180 §7.1.3: DeriveKeyPair gives up after 256 candidates (probability &lt; 2^-256·…). */
    private static final int MAX_DERIVE_CANDIDATES = 256;

    private final KemId id;
    private final EcCurve curve;
    private final int nSecret;
    private final int nPk;
    private final int nSk;
    private final int bitmask;
    private final LabeledKdf kdf;

    DhKem(int id, EcCurve curve, HashAlgorithm hash, int nSecret, int nPk, int nSk, int bitmask) {
        this.id = KemId.of(id);
        this.curve = curve;
        this.nSecret = nSecret;
        this.nPk = nPk;
        this.nSk = nSk;
        this.bitmask = bitmask;
        this.kdf = new LabeledKdf(hash, new byte[] {'K', 'E', 'M', (byte) (id >> 8), (byte) id});
    }

    @Override
    public KemId id() {
        return id;
    }

    @Override
    public int sharedSecretLength() {
        return nSecret;
    }

    @Override
    public int encLength() {
        return nPk;
    }

    @Override
    public int publicKeyLength() {
        return nPk;
    }

    @Override
    public int privateKeyLength() {
        return nSk;
    }

    @Override
    public boolean supportsAuth() {
        return true;
    }

    @Override
    public void checkPublicKey(byte[] pk) {
        if (curve != null) {
            EcPublicPoint.fromX963(curve, pk);
        } else {
            XdhPublicKey.fromRaw(XdhAlgorithm.X25519, pk);
        }
    }

    @Override
    public byte[] publicKeyOf(byte[] sk) {
        if (curve != null) {
            try (EcdhPrivateKey k = EcdhPrivateKey.fromRawScalar(curve, sk)) {
                return k.publicKey().point().x963();
            }
        }
        try (XdhPrivateKey k = XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, sk)) {
            return k.publicKey().raw();
        }
    }

    @Override
    public byte[] generatePrivateKey(RandomSource random) {
        byte[] ikm = random.bytes(nSk);
        try {
            return deriveKeyPair(ikm);
        } finally {
            Arrays.fill(ikm, (byte) 0);
        }
    }

    @Override
    public byte[] deriveKeyPair(byte[] ikm) {
        try (SecretKeyMaterial prk = kdf.labeledExtract(new byte[0], "dkp_prk", ikm)) {
            if (curve == null) {
                return kdf.labeledExpandBytes(prk, "sk", new byte[0], nSk);
            }
            for (int counter = 0; counter < MAX_DERIVE_CANDIDATES; counter++) {
                byte[] candidate = kdf.labeledExpandBytes(prk, "candidate", new byte[] {(byte) counter}, nSk);
                candidate[0] &= (byte) bitmask;
                BigInteger sk = new BigInteger(1, candidate);
                if (sk.signum() != 0 && sk.compareTo(curve.order()) < 0) {
                    return candidate;
                }
                Arrays.fill(candidate, (byte) 0);
            }
        }
        throw CryptoKitException.of(Reason.MODULE_ERROR, "DeriveKeyPairError: no valid scalar in " + MAX_DERIVE_CANDIDATES + " candidates");
    }

    @Override
    public byte[] randomEphemeral(RandomSource random) {
        return generatePrivateKey(random);
    }

    @Override
    public Encapsulation encap(byte[] pkR, byte[] skE, byte[] skS) {
        checkPublicKey(pkR);
        byte[] enc = publicKeyOf(skE);
        byte[] dh = dh(skE, pkR);
        byte[] kemContext;
        if (skS != null) {
            dh = join(dh, dh(skS, pkR));
            kemContext = LabeledKdf.concat(enc, pkR, publicKeyOf(skS));
        } else {
            kemContext = LabeledKdf.concat(enc, pkR);
        }
        return new Encapsulation(enc, extractAndExpand(dh, kemContext));
    }

    @Override
    public SecretKeyMaterial decap(byte[] enc, byte[] skR, byte[] pkS) {
        checkPublicKey(enc);
        byte[] pkR = publicKeyOf(skR);
        byte[] dh = dh(skR, enc);
        byte[] kemContext;
        if (pkS != null) {
            checkPublicKey(pkS);
            dh = join(dh, dh(skR, pkS));
            kemContext = LabeledKdf.concat(enc, pkR, pkS);
        } else {
            kemContext = LabeledKdf.concat(enc, pkR);
        }
        return extractAndExpand(dh, kemContext);
    }

    private SecretKeyMaterial extractAndExpand(byte[] dh, byte[] kemContext) {
        try (SecretKeyMaterial prk = kdf.labeledExtract(new byte[0], "eae_prk", dh)) {
            return kdf.labeledExpand(prk, "shared_secret", kemContext, nSecret);
        } finally {
            Arrays.fill(dh, (byte) 0);
        }
    }

    private byte[] dh(byte[] sk, byte[] pk) {
        if (curve != null) {
            try (EcdhPrivateKey k = EcdhPrivateKey.fromRawScalar(curve, sk);
                    SharedSecret s = k.agree(EcdhPublicKey.of(EcPublicPoint.fromX963(curve, pk)))) {
                return s.reveal(SecretAccess.insecure());
            }
        }
        try (XdhPrivateKey k = XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, sk);
                SharedSecret s = k.agree(XdhPublicKey.fromRaw(XdhAlgorithm.X25519, pk))) {
            return s.reveal(SecretAccess.insecure());
        }
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] out = LabeledKdf.concat(a, b);
        Arrays.fill(a, (byte) 0);
        Arrays.fill(b, (byte) 0);
        return out;
    }
}
