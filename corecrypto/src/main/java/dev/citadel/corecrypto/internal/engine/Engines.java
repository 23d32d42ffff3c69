package dev.citadel.corecrypto.internal.engine;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.digest.Shake;
import dev.citadel.corecrypto.internal.chacha.XChaCha20Poly1305;
import dev.citadel.corecrypto.internal.cmac.AesCmac;
import dev.citadel.corecrypto.internal.gcmsiv.AesGcmSiv;
import dev.citadel.corecrypto.internal.jca.JcaChaCha20Poly1305;
import dev.citadel.corecrypto.internal.jca.JcaDigests;
import dev.citadel.corecrypto.internal.jca.JcaGcm;
import dev.citadel.corecrypto.internal.jca.JcaHkdf;
import dev.citadel.corecrypto.internal.jca.JcaHmac;
import dev.citadel.corecrypto.internal.kdf.HmacHkdf;
import dev.citadel.corecrypto.internal.keccak.KeccakXof;
import dev.citadel.corecrypto.mac.MacAlgorithm;

/**
 * The one place that chooses the engine for each algorithm. Exhaustive switches: a new algorithm does not
 * compile until it has an engine. Rationale per choice: {@code docs/crypto-engines.md}.
 *
 * <p>Every choice first checks the module state ({@link SelfTest#requireOperational()}): defence in depth
 * behind the check in each public entry point, so a new entry point that forgets it still refuses in the
 * error state. The power-on tests themselves pass (their thread is exempt).
 */
public final class Engines {

    private Engines() {}

    /** JDK for every fixed-output hash (intrinsics). */
    public static DigestEngine digest(HashAlgorithm algorithm) {
        SelfTest.requireOperational();
        return JcaDigests.engine(algorithm);
    }

    /** Own Keccak: the JDK has no variable-output SHAKE. */
    public static XofEngine xof(Shake algorithm) {
        SelfTest.requireOperational();
        return switch (algorithm) {
            case SHAKE_128 -> KeccakXof.SHAKE128;
            case SHAKE_256 -> KeccakXof.SHAKE256;
        };
    }

    /** JDK HMAC; own AES-CMAC over the JDK's AES. */
    public static MacEngine mac(MacAlgorithm algorithm) {
        SelfTest.requireOperational();
        return switch (algorithm) {
            case AES_CMAC -> AesCmac.INSTANCE;
            default -> JcaHmac.of(algorithm.hash().orElseThrow());
        };
    }

    /** HMAC over {@code hash} (the PRF of HKDF and PBKDF2). */
    public static MacEngine hmac(HashAlgorithm hash) {
        SelfTest.requireOperational();
        return JcaHmac.of(hash);
    }

    /** JDK {@code KDF} where it exists (SHA-256/384/512), else RFC 5869 over the JDK's HMAC. */
    public static HkdfEngine hkdf(HashAlgorithm hash) {
        SelfTest.requireOperational();
        return JcaHkdf.of(hash).orElseGet(() -> new HmacHkdf(hmac(hash)));
    }

    /** JDK for AES-GCM and ChaCha20-Poly1305; own AES-GCM-SIV and the XChaCha20 layer. */
    public static AeadEngine aead(Aead algorithm) {
        SelfTest.requireOperational();
        return switch (algorithm) {
            case AES_GCM -> JcaGcm.INSTANCE;
            case AES_GCM_SIV -> AesGcmSiv.INSTANCE;
            case CHACHA20_POLY1305 -> JcaChaCha20Poly1305.INSTANCE;
            case XCHACHA20_POLY1305 -> XChaCha20Poly1305.INSTANCE;
        };
    }
}
