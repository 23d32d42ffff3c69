package dev.citadel.bench;

import dev.citadel.corecrypto.HashAlgorithm;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SHA256Digest;
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
 * SHA-256 through Citadel's corecrypto against its anchors in the same run: the JDK's raw
 * {@code MessageDigest} and BouncyCastle's lightweight {@code SHA256Digest}. Throughput in operations per
 * second; MB/s = ops/s × size / 10^6.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DigestBenchmark {

    @Param({"64", "16384"})
    int size;

    byte[] input;
    MessageDigest jdk;
    SHA256Digest bc;
    byte[] bcOut = new byte[32];

    @Setup
    public void setup() throws Exception {
        input = new byte[size];
        new java.util.Random(1).nextBytes(input); // benchmark input, not a secret
        jdk = MessageDigest.getInstance("SHA-256");
        bc = new SHA256Digest();
    }

    @Benchmark
    public byte[] citadel() {
        return HashAlgorithm.SHA_256.digest(input);
    }

    @Benchmark
    public byte[] jdkRaw() {
        return jdk.digest(input);
    }

    @Benchmark
    public byte[] bouncyCastle() {
        bc.update(input, 0, input.length);
        bc.doFinal(bcOut, 0);
        return bcOut;
    }
}
