package dev.citadel.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.P256;
import org.junit.jupiter.api.Test;

/** The store contract: register once, compare-and-set only from the expected value. */
class InMemoryAttestedKeyStoreTest {

    final P256.Signing.PublicKey key = P256.Signing.PrivateKey.generate().publicKey();
    final KeyId id = KeyId.of(key);
    final AttestedKey record = new AttestedKey(id, key, SyntheticAppAttest.APP, Environment.PRODUCTION, 0);
    final InMemoryAttestedKeyStore store = new InMemoryAttestedKeyStore();

    @Test
    void registerIsOncePerKeyId() {
        assertThat(store.register(record)).isTrue();
        assertThat(store.compareAndSetCounter(id, 0, 3)).isTrue();
        assertThat(store.register(record)).as("a second attestation must not reset the counter").isFalse();
        assertThat(store.find(id).orElseThrow().counter()).isEqualTo(3);
    }

    @Test
    void compareAndSetNeedsTheExpectedValue() {
        store.register(record);
        assertThat(store.compareAndSetCounter(id, 1, 2)).isFalse();
        assertThat(store.compareAndSetCounter(id, 0, 2)).isTrue();
        assertThat(store.compareAndSetCounter(id, 0, 5)).isFalse();
        assertThat(store.find(id).orElseThrow().counter()).isEqualTo(2);
        assertThat(store.compareAndSetCounter(KeyId.of(P256.Signing.PrivateKey.generate().publicKey()), 0, 1)).isFalse();
    }

    @Test
    void recordRefusesAKeyIdOfAnotherKey() {
        KeyId other = KeyId.of(P256.Signing.PrivateKey.generate().publicKey());
        assertThatThrownBy(() -> new AttestedKey(other, key, SyntheticAppAttest.APP, Environment.PRODUCTION, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
