package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaSignatureEncoding;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlKemEncapsulation;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPrivateKey;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FIPS 140-3 §7.9.7 zeroisation: every secret type overwrites the secret bytes it holds on {@code close()},
 * observed reflectively in its own storage, and every later use throws {@code KEY_DESTROYED}.
 */
class ZeroizationTest {

    private static final byte[] MSG = {1, 2, 3};

    /** A secret type: how to make one, and one use that must refuse after close. */
    record Secret<T extends AutoCloseable>(Supplier<T> make, Consumer<T> use) {}

    static Stream<Arguments> secrets() {
        return Stream.of(
                secret("SecretKeyMaterial", () -> SecretKeyMaterial.generate(32), k -> k.reveal(SecretAccess.insecure())),
                secret("EcdsaPrivateKey", () -> EcdsaPrivateKey.generate(EcCurve.P_256),
                        k -> k.sign(MSG, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER)),
                secret("EcdhPrivateKey", () -> EcdhPrivateKey.generate(EcCurve.P_384), k -> k.agree(k.publicKey())),
                secret("XdhPrivateKey", () -> XdhPrivateKey.generate(XdhAlgorithm.X25519), k -> k.agree(k.publicKey())),
                secret("EdDsaPrivateKey", () -> EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519), k -> k.sign(MSG)),
                secret("MlKemPrivateKey", () -> MlKemPrivateKey.generate(MlKemParameterSet.ML_KEM_768),
                        k -> k.revealExpanded(SecretAccess.insecure())),
                secret("MlDsaPrivateKey", () -> MlDsaPrivateKey.generate(MlDsaParameterSet.ML_DSA_44), k -> k.sign(MSG)),
                secret("SharedSecret", () -> SharedSecret.adopt(RandomSource.system().bytes(32)),
                        s -> s.reveal(SecretAccess.insecure())),
                secret("MlKemEncapsulation", () -> MlKemPrivateKey.generate(MlKemParameterSet.ML_KEM_512).publicKey().encapsulate(),
                        e -> e.sharedSecret().reveal(SecretAccess.insecure())));
    }

    private static <T extends AutoCloseable> Arguments secret(String name, Supplier<T> make, Consumer<T> use) {
        return Arguments.of(name, new Secret<>(make, use));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    @DisplayName("close() zeroises the secret storage, and later use throws KEY_DESTROYED")
    <T extends AutoCloseable> void closeZeroises(String name, Secret<T> secret) throws Exception {
        T value = secret.make().get();
        secret.use().accept(value); // usable while open
        List<byte[]> storage = secretArrays(value);
        assertThat(storage).as("%s holds its secret in byte arrays", name).isNotEmpty();
        assertThat(storage).as("secret storage is non-zero before close").anyMatch(ZeroizationTest::nonZero);
        value.close();
        assertThat(storage).as("%s storage after close", name).noneMatch(ZeroizationTest::nonZero);
        assertKeyDestroyed(() -> secret.use().accept(value));
        value.close(); // idempotent
    }

    @Test
    @DisplayName("RSA: close() drops the JDK key object (BigIntegers cannot be overwritten); use throws KEY_DESTROYED")
    void rsaCloseReleasesTheKey() throws Exception {
        RsaPrivateKey k = RsaPrivateKey.generate(2048);
        Field f = RsaPrivateKey.class.getDeclaredField("key");
        f.setAccessible(true);
        assertThat(f.get(k)).isNotNull();
        k.close();
        assertThat(f.get(k)).isNull();
        assertKeyDestroyed(() -> k.signPkcs1(MSG, SignatureHash.SHA_256));
        assertKeyDestroyed(() -> k.revealPkcs8(SecretAccess.insecure()));
    }

    private static void assertKeyDestroyed(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.reason()).isEqualTo(CryptoException.Reason.KEY_DESTROYED));
    }

    private static boolean nonZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The byte arrays an object holds, following fields into corecrypto types, but not into public keys
     * or ciphertexts (which are not secret and are not cleared).
     */
    private static List<byte[]> secretArrays(Object root) throws IllegalAccessException {
        List<byte[]> out = new ArrayList<>();
        walk(root, out, new IdentityHashMap<>());
        return out;
    }

    private static void walk(Object o, List<byte[]> out, Map<Object, Boolean> seen) throws IllegalAccessException {
        if (o == null || seen.put(o, true) != null) {
            return;
        }
        for (Class<?> c = o.getClass(); c != null && c.getName().startsWith("dev.citadel.corecrypto"); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                String n = f.getName().toLowerCase(java.util.Locale.ROOT);
                if (Modifier.isStatic(f.getModifiers()) || n.contains("public") || n.equals("ciphertext")) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(o);
                if (v instanceof byte[] b) {
                    out.add(b);
                } else if (v != null && v.getClass().getName().startsWith("dev.citadel.corecrypto") && !v.getClass().isEnum()) {
                    walk(v, out, seen);
                }
            }
        }
    }
}
