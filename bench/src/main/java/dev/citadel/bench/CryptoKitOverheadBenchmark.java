package dev.citadel.bench;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPublicKey;
import dev.citadel.corecrypto.ec.EcdsaSignatureEncoding;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.cryptokit.AES;
import dev.citadel.cryptokit.HMAC;
import dev.citadel.cryptokit.HashFunction;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.SymmetricKey;
import java.util.concurrent.TimeUnit;
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
 * The cost of the CryptoKit-shaped API over the bare corecrypto primitive (goal: ≤ 5 %). {@code _citadel}
 * is the cryptokit call a user writes; {@code _corecrypto} is the primitive underneath, so "citadel ÷
 * this" ≥ 0.95 meets the goal. 1 KiB messages, where per-call overhead shows most.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CryptoKitOverheadBenchmark {

    @Param({"1024"})
    int size;

    byte[] message;
    SymmetricKey kitKey;
    SecretKeyMaterial coreKey;
    P256.Signing.PrivateKey kitSigner;
    P256.Signing.PublicKey kitVerifier;
    P256.Signing.ECDSASignature kitSignature;
    EcdsaPrivateKey coreSigner;
    EcdsaPublicKey coreVerifier;
    byte[] coreSignature;

    @Setup
    public void setup() {
        message = new byte[size];
        new java.util.Random(1).nextBytes(message); // benchmark data, not secrets
        byte[] raw = new byte[32];
        new java.util.Random(2).nextBytes(raw);
        kitKey = SymmetricKey.fromBytes(raw, dev.citadel.cryptokit.SecretAccess.insecure());
        coreKey = SecretKeyMaterial.copyOf(raw, SecretAccess.insecure());
        kitSigner = P256.Signing.PrivateKey.generate();
        kitVerifier = kitSigner.publicKey();
        kitSignature = kitSigner.signature(message);
        coreSigner = EcdsaPrivateKey.generate(EcCurve.P_256);
        coreVerifier = coreSigner.publicKey();
        coreSignature = coreSigner.sign(message, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
    }

    @Benchmark
    public Object aesGcmSeal_citadel() {
        return AES.GCM.seal(message, kitKey);
    }

    @Benchmark
    public Object aesGcmSeal_corecrypto() {
        return Aead.AES_GCM.seal(coreKey, message, new byte[0]);
    }

    @Benchmark
    public Object hmacSha256_citadel() {
        return HMAC.authenticationCode(HashFunction.SHA256, message, kitKey);
    }

    @Benchmark
    public byte[] hmacSha256_corecrypto() {
        return MacAlgorithm.hmac(HashAlgorithm.SHA_256).compute(coreKey, message);
    }

    @Benchmark
    public Object sha256_citadel() {
        return SHA256.hash(message);
    }

    @Benchmark
    public byte[] sha256_corecrypto() {
        return HashAlgorithm.SHA_256.digest(message);
    }

    @Benchmark
    public Object p256Sign_citadel() {
        return kitSigner.signature(message);
    }

    @Benchmark
    public byte[] p256Sign_corecrypto() {
        return coreSigner.sign(message, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
    }

    @Benchmark
    public Object p256Verify_citadel() {
        return kitVerifier.verify(kitSignature, message);
    }

    @Benchmark
    public void p256Verify_corecrypto() {
        coreVerifier.verify(message, coreSignature, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
    }
}
