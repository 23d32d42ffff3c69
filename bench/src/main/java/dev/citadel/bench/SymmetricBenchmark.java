package dev.citadel.bench;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import java.security.Provider;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * AEAD and MAC throughput on 16 KiB messages: Citadel (corecrypto) vs the JDK's raw JCA vs BouncyCastle's
 * lightweight classes vs ACCP. Method names are {@code <primitive>_<engine>}; the summary divides each
 * {@code _citadel} score by the others. Citadel's seal includes drawing a fresh nonce from its DRBG (it
 * cannot be told not to); the raw anchors reuse a fixed nonce, which a real caller must never do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SymmetricBenchmark {

    @Param({"16384"})
    int size;

    byte[] message;
    byte[] aad = new byte[0];
    byte[] key = new byte[32];
    byte[] nonce = new byte[12];
    SecretKeyMaterial citadelKey;
    SecretKeySpec aesKey;
    SecretKeySpec chachaKey;
    SecretKeySpec hmacKey;
    Provider accp;
    byte[] bcOut;

    @Setup
    public void setup() {
        message = new byte[size];
        new java.util.Random(1).nextBytes(message); // benchmark data, not secrets
        new java.util.Random(2).nextBytes(key);
        citadelKey = SecretKeyMaterial.copyOf(key, SecretAccess.insecure());
        aesKey = new SecretKeySpec(key, "AES");
        chachaKey = new SecretKeySpec(key, "ChaCha20");
        hmacKey = new SecretKeySpec(key, "HmacSHA256");
        bcOut = new byte[size + 16];
        try {
            accp = Anchors.accp();
        } catch (IllegalStateException e) {
            accp = null;
        }
    }

    private Provider accp() {
        if (accp == null) {
            throw new IllegalStateException("ACCP does not load on this machine");
        }
        return accp;
    }

    @Benchmark
    public Object aesGcm_citadel() {
        return Aead.AES_GCM.seal(citadelKey, message, aad);
    }

    @Benchmark
    public byte[] aesGcm_jdk() throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        nonce[0]++; // the JDK refuses a reused key+nonce pair for encryption
        c.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, nonce));
        return c.doFinal(message);
    }

    @Benchmark
    public byte[] aesGcm_accp() throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding", accp());
        nonce[0]++;
        c.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, nonce));
        return c.doFinal(message);
    }

    @Benchmark
    public byte[] aesGcm_bouncyCastle() throws Exception {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
        nonce[0]++;
        gcm.init(true, new AEADParameters(new KeyParameter(key), 128, nonce));
        int n = gcm.processBytes(message, 0, message.length, bcOut, 0);
        gcm.doFinal(bcOut, n);
        return bcOut;
    }

    @Benchmark
    public Object chachaPoly_citadel() {
        return Aead.CHACHA20_POLY1305.seal(citadelKey, message, aad);
    }

    @Benchmark
    public byte[] chachaPoly_jdk() throws Exception {
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        nonce[0]++;
        c.init(Cipher.ENCRYPT_MODE, chachaKey, new IvParameterSpec(nonce));
        return c.doFinal(message);
    }

    @Benchmark
    public byte[] chachaPoly_bouncyCastle() throws Exception {
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        nonce[0]++;
        aead.init(true, new AEADParameters(new KeyParameter(key), 128, nonce));
        int n = aead.processBytes(message, 0, message.length, bcOut, 0);
        aead.doFinal(bcOut, n);
        return bcOut;
    }

    @Benchmark
    public byte[] hmacSha256_citadel() {
        return MacAlgorithm.hmac(HashAlgorithm.SHA_256).compute(citadelKey, message);
    }

    @Benchmark
    public byte[] hmacSha256_jdk() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(hmacKey);
        return mac.doFinal(message);
    }

    @Benchmark
    public byte[] hmacSha256_accp() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256", accp());
        mac.init(hmacKey);
        return mac.doFinal(message);
    }

    @Benchmark
    public byte[] hmacSha256_bouncyCastle() {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[32];
        mac.doFinal(out, 0);
        return out;
    }
}
