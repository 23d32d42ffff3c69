package dev.citadel.attest;

import dev.citadel.testing.TestCbor;
import dev.citadel.encoding.Bytes;

import static dev.citadel.attest.AppAttestVectorsTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.ExtensionPolicy.Missing;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Assertion verification (Apple, "Verify the assertion"), each check with the assertion it refuses. */
class AssertionVerifierTest {

    static final AppId APP = SyntheticAppAttest.APP;
    static final byte[] CHALLENGE = SyntheticAppAttest.CHALLENGE;

    final P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate();
    final KeyId keyId = KeyId.of(key.publicKey());
    final InMemoryAttestedKeyStore store = new InMemoryAttestedKeyStore();
    final AssertionVerifier verifier = new AssertionVerifier(APP, store, ExtensionPolicy.acceptAny(), SyntheticAppAttest.at(SyntheticAppAttest.T));

    AssertionVerifierTest() {
        assertThat(store.register(new AttestedKey(keyId, key.publicKey(), APP, Environment.PRODUCTION, 0))).isTrue();
    }

    static byte[] clientData() {
        return ("{\"challenge\":\"" + new String(CHALLENGE, StandardCharsets.UTF_8) + "\",\"action\":\"buy\"}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] authenticatorData(AppId app, long counter, Map<Object, Object> extensions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(app.rpIdHash().toByteArray());
        out.write(AuthenticatorData.FLAG_AT); // App Attest sets AT in assertions too
        out.writeBytes(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
        if (extensions != null) {
            out.writeBytes(TestCbor.encode(extensions));
        }
        return out.toByteArray();
    }

    /** What the device does: ECDSA-SHA256 over nonce = SHA-256(authenticatorData ‖ SHA-256(clientData)). */
    static byte[] assertion(P256.Signing.PrivateKey key, byte[] authData, byte[] clientData) {
        byte[] nonce = SHA256.hash(authData, SHA256.hash(clientData).bytes()).bytes();
        return TestCbor.encode(TestCbor.map("signature", key.signature(nonce).derRepresentation(), "authenticatorData", authData));
    }

    byte[] assertion(long counter) {
        return assertion(key, authenticatorData(APP, counter, null), clientData());
    }

    AssertionResult verify(byte[] assertion) {
        return verifier.verify(keyId, assertion, clientData(), ClientDataChallenge.contains(CHALLENGE));
    }

    @Test
    void verifiesAndStoresTheCounter() {
        AssertionResult r = verify(assertion(5));
        assertThat(r.counter()).isEqualTo(5);
        assertThat(r.previousCounter()).isZero();
        assertThat(r.verifiedAt()).isEqualTo(SyntheticAppAttest.T);
        assertThat(store.find(keyId).orElseThrow().counter()).isEqualTo(5);
        assertThat(verify(assertion(6)).counter()).isEqualTo(6);
    }

    @Test
    @DisplayName("step 3: the signature covers the nonce, not authenticatorData ‖ clientDataHash")
    void signatureOverTheUnhashedConcatenationIsRefused() {
        byte[] authData = authenticatorData(APP, 1, null);
        byte[] signedConcatenation = key.signature(concat(authData, SHA256.hash(clientData()).bytes())).derRepresentation();
        byte[] a = TestCbor.encode(TestCbor.map("signature", signedConcatenation, "authenticatorData", authData));
        assertReason(() -> verify(a), Reason.SIGNATURE_INVALID);
    }

    @Test
    @DisplayName("step 3: a signature by another key")
    void anotherKey() {
        assertReason(() -> verify(assertion(P256.Signing.PrivateKey.generate(), authenticatorData(APP, 1, null), clientData())),
                Reason.SIGNATURE_INVALID);
    }

    @Test
    @DisplayName("step 3: client data changed after signing")
    void tamperedClientData() {
        byte[] a = assertion(1);
        byte[] other = clientData();
        other[other.length - 3] ^= 1;
        assertReason(() -> verifier.verify(keyId, a, other, ClientDataChallenge.contains(CHALLENGE)), Reason.SIGNATURE_INVALID);
    }

    @Test
    @DisplayName("step 4: RP ID hash of another app")
    void rpIdMismatch() {
        assertReason(() -> verify(assertion(key, authenticatorData(AppId.parse("ABCDE12345.com.example.other"), 1, null), clientData())),
                Reason.RP_ID_MISMATCH);
    }

    @Test
    @DisplayName("step 5: replay of the same counter")
    void replay() {
        byte[] a = assertion(1);
        verify(a);
        assertReason(() -> verify(a), Reason.COUNTER_NOT_INCREASED);
    }

    @Test
    @DisplayName("step 5: a counter below the stored one")
    void regression() {
        verify(assertion(10));
        assertReason(() -> verify(assertion(9)), Reason.COUNTER_NOT_INCREASED);
        assertThat(store.find(keyId).orElseThrow().counter()).isEqualTo(10);
    }

    @Test
    @DisplayName("step 5: counter 0 right after attestation")
    void zeroCounter() {
        assertReason(() -> verify(assertion(0)), Reason.COUNTER_NOT_INCREASED);
    }

    @Test
    @DisplayName("step 5: concurrent verifications of one assertion: exactly one wins the compare-and-set")
    void concurrentReplay() throws Exception {
        byte[] a = assertion(7);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Reason>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tasks.add(() -> {
                start.await();
                try {
                    verify(a);
                    return null;
                } catch (AttestException e) {
                    return e.reason();
                }
            });
        }
        List<Reason> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Reason>> futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Reason> f : futures) {
                outcomes.add(f.get());
            }
        }
        assertThat(outcomes.stream().filter(r -> r == null)).hasSize(1);
        assertThat(outcomes.stream().filter(r -> r != null)).hasSize(threads - 1).containsOnly(Reason.COUNTER_NOT_INCREASED);
    }

    @Test
    @DisplayName("step 6: client data without the challenge")
    void challengeMismatch() {
        byte[] cd = "{\"challenge\":\"an old one\"}".getBytes(StandardCharsets.UTF_8);
        byte[] a = assertion(key, authenticatorData(APP, 1, null), cd);
        assertReason(() -> verifier.verify(keyId, a, cd, ClientDataChallenge.contains(CHALLENGE)), Reason.CHALLENGE_MISMATCH);
        assertReason(() -> verifier.verify(keyId, a, cd, ClientDataChallenge.equalTo(CHALLENGE)), Reason.CHALLENGE_MISMATCH);
        assertReason(() -> verifier.verify(keyId, a, cd, ClientDataChallenge.matching(c -> false, "a predicate")), Reason.CHALLENGE_MISMATCH);
        assertThat(store.find(keyId).orElseThrow().counter()).as("a refused assertion stores nothing").isZero();
    }

    @Test
    void challengePredicateAndExactMatch() {
        byte[] a = assertion(key, authenticatorData(APP, 1, null), CHALLENGE);
        assertThat(verifier.verify(keyId, a, CHALLENGE, ClientDataChallenge.equalTo(CHALLENGE)).clientData()).isEqualTo(Bytes.of(CHALLENGE));
        byte[] b = assertion(2);
        assertThat(verifier.verify(keyId, b, clientData(), ClientDataChallenge.matching(
                cd -> new String(cd.toByteArray(), StandardCharsets.UTF_8).contains("\"action\":\"buy\""), "a buy")).counter()).isEqualTo(2);
    }

    @Test
    void unknownKey() {
        KeyId other = KeyId.of(P256.Signing.PrivateKey.generate().publicKey());
        assertReason(() -> verifier.verify(other, assertion(1), clientData(), ClientDataChallenge.contains(CHALLENGE)), Reason.UNKNOWN_KEY);
    }

    @Test
    @DisplayName("extensions: read from assertions and checked against the policy")
    void extensions() {
        Map<Object, Object> ext = TestCbor.map(AuthenticatorExtensions.VALIDATION_CATEGORY, new byte[] {3, 0, 0, 0},
                AuthenticatorExtensions.BUNDLE_VERSION, "7");
        byte[] a = assertion(key, authenticatorData(APP, 1, ext), clientData());
        AssertionVerifier storeOnly = new AssertionVerifier(APP, store,
                ExtensionPolicy.acceptAny().allowingCategories(Set.of(ValidationCategory.APP_STORE), Missing.ACCEPT),
                SyntheticAppAttest.at(SyntheticAppAttest.T));
        assertReason(() -> storeOnly.verify(keyId, a, clientData(), ClientDataChallenge.contains(CHALLENGE)),
                Reason.VALIDATION_CATEGORY_NOT_ALLOWED);
        AssertionResult r = verify(a);
        assertThat(r.extensions().validationCategory()).contains(ValidationCategory.DEVELOPMENT);
        assertThat(r.extensions().bundleVersion()).contains("7");
    }

    @Test
    void malformedObjects() {
        byte[] a = assertion(1);
        assertReason(() -> verify(Arrays.copyOf(a, a.length + 1)), Reason.TRAILING_BYTES);
        assertReason(() -> verify(Arrays.copyOf(a, a.length - 1)), Reason.MALFORMED_CBOR);
        assertReason(() -> verify(TestCbor.encode(TestCbor.map("signature", new byte[8]))), Reason.MALFORMED_ASSERTION);
        assertReason(() -> verify(TestCbor.encode(TestCbor.map("signature", new byte[8], "authenticatorData", new byte[37], "x", 1))),
                Reason.MALFORMED_ASSERTION);
        assertReason(() -> verify(TestCbor.encode(TestCbor.map("signature", new byte[8], "authenticatorData", new byte[36]))),
                Reason.MALFORMED_AUTHENTICATOR_DATA);
        byte[] garbageAfterHeader = concat(authenticatorData(APP, 1, null), new byte[] {(byte) 0xff});
        assertReason(() -> verify(assertion(key, garbageAfterHeader, clientData())), Reason.MALFORMED_EXTENSIONS);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
