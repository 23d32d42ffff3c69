package dev.citadel.corecrypto;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.cipher.AesKeyWrap;
import dev.citadel.corecrypto.cipher.CipherMode;
import dev.citadel.corecrypto.digest.Shake;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.kdf.KdfAlgorithm;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.rsa.RsaPublicKey;

/**
 * The approval table of the FIPS 140-3 profile: for each algorithm, approved or not, and the citation.
 * Exhaustive switches: a new algorithm does not compile until it has a decision here. Rationale and
 * sources: {@code docs/crypto-fips.md} ("Profile decisions").
 */
final class Approvals {

    /** One decision. */
    record Decision(boolean approved, String basis) {}

    private static final String SHA1_POLICY =
            "not approved here: Citadel's FIPS profile excludes SHA-1 entirely (SP 800-131A Rev. 2 §9 limits it; "
                    + "NIST retires it by 2030-12-31)";

    private Approvals() {}

    static Decision digest(HashAlgorithm h) {
        return switch (h) {
            case SHA_1 -> no(SHA1_POLICY);
            case SHA_224, SHA_256, SHA_384, SHA_512, SHA_512_224, SHA_512_256 -> yes("FIPS 180-4");
            case SHA3_224, SHA3_256, SHA3_384, SHA3_512 -> yes("FIPS 202");
        };
    }

    static Decision xof(Shake s) {
        return switch (s) {
            case SHAKE_128, SHAKE_256 -> yes("FIPS 202 §6.2");
        };
    }

    static Decision mac(MacAlgorithm m) {
        return switch (m) {
            case HMAC_SHA1 -> no(SHA1_POLICY);
            case AES_CMAC -> yes("SP 800-38B");
            default -> yes("FIPS 198-1 over " + digest(m.hash().orElseThrow()).basis());
        };
    }

    static Decision kdf(KdfAlgorithm k, HashAlgorithm prf) {
        if (prf == HashAlgorithm.SHA_1) {
            return no(SHA1_POLICY);
        }
        return switch (k) {
            case HKDF -> yes("SP 800-56C Rev. 2 §5 (two-step KDF, HMAC)");
            case ONE_STEP -> yes("SP 800-56C Rev. 2 §4.1 (one-step KDF, hash)");
            case ANSI_X963 -> yes("SP 800-135 Rev. 1 §4.1 (ANSI X9.63 KDF)");
            case PBKDF2 -> yes("SP 800-132 (caller keeps salt >= 128 bits, iterations >= 1000)");
        };
    }

    static Decision aead(Aead a) {
        return switch (a) {
            case AES_GCM -> yes("SP 800-38D; 96-bit IV from the approved DRBG (IG C.H scenario 2)");
            case AES_GCM_SIV -> no("not approved: RFC 8452 is not in SP 800-38 series or SP 800-140C");
            case CHACHA20_POLY1305 -> no("not approved: RFC 8439 is not in SP 800-140C");
            case XCHACHA20_POLY1305 -> no("not approved: draft-irtf-cfrg-xchacha is not in SP 800-140C");
        };
    }

    static Decision cipher(CipherMode c) {
        return switch (c) {
            case AES_CBC -> yes("SP 800-38A §6.2");
            case AES_CTR -> yes("SP 800-38A §6.5");
        };
    }

    static Decision keyWrap(AesKeyWrap w) {
        return switch (w) {
            case KW -> yes("SP 800-38F §6.2 (KW)");
            case KWP -> yes("SP 800-38F §6.3 (KWP)");
        };
    }

    static Decision ecdsa(EcCurve c) {
        return switch (c) {
            case P_256, P_384, P_521 -> yes("FIPS 186-5 §6 ECDSA over SP 800-186 §3.2.1 curves");
        };
    }

    static Decision ecdh(EcCurve c) {
        return switch (c) {
            case P_256, P_384, P_521 -> yes("SP 800-56A Rev. 3 §5.7.1.2 ECC CDH over SP 800-186 curves");
        };
    }

    static Decision eddsa(EdDsaAlgorithm a) {
        return switch (a) {
            case ED25519 -> yes("FIPS 186-5 §7 EdDSA, edwards25519 of SP 800-186 §3.2.3");
            case ED448 -> yes("FIPS 186-5 §7 EdDSA, edwards448 of SP 800-186 §3.2.3");
        };
    }

    static Decision xdh(XdhAlgorithm a) {
        return switch (a) {
            case X25519, X448 -> no("not approved: SP 800-56A Rev. 3 has no X25519/X448 scheme; SP 800-186 "
                    + "defines curve25519/curve448 but no key-agreement scheme uses them yet");
        };
    }

    static Decision rsa(int modulusBits) {
        return modulusBits >= RsaPublicKey.MIN_MODULUS_BITS
                ? yes("FIPS 186-5 §5 (signatures), SP 800-56B Rev. 2 (OAEP), modulus >= 2048")
                : no("not approved: modulus below 2048 bits (SP 800-131A Rev. 2 §2)");
    }

    static Decision mlKem(MlKemParameterSet p) {
        return switch (p) {
            case ML_KEM_512, ML_KEM_768, ML_KEM_1024 -> yes("FIPS 203");
        };
    }

    static Decision mlDsa(MlDsaParameterSet p) {
        return switch (p) {
            case ML_DSA_44, ML_DSA_65, ML_DSA_87 -> yes("FIPS 204");
        };
    }

    static Decision random() {
        return yes("SP 800-90A Rev. 1 HMAC_DRBG (SHA-512), SP 800-90B §4.4 health tests on its seed");
    }

    private static Decision yes(String basis) {
        return new Decision(true, basis);
    }

    private static Decision no(String basis) {
        return new Decision(false, basis);
    }
}
