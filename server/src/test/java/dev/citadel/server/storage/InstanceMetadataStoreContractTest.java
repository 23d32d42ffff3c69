package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link InstanceMetadataStore} contract. */
class InstanceMetadataStoreContractTest extends StorageContract {

    private static final int RACERS = 32;

    private InstanceMetadataStore store;

    @BeforeEach
    void createStore() {
        store = new InstanceMetadataStore(database);
    }

    @Test
    void unknownKeyIsEmpty() {
        assertThat(store.get("instance.id")).isEmpty();
    }

    @Test
    void getOrCreateStoresOnceAndThenReturnsTheStoredValue() {
        AtomicInteger calls = new AtomicInteger();

        String first = store.getOrCreate("instance.id", () -> "first-" + calls.incrementAndGet());
        String second = store.getOrCreate("instance.id", () -> "second-" + calls.incrementAndGet());

        assertThat(first).isEqualTo("first-1");
        assertThat(second).isEqualTo("first-1");
        assertThat(calls).hasValue(1);
        assertThat(store.get("instance.id")).contains("first-1");
    }

    @Test
    @DisplayName("32 concurrent getOrCreate calls on one key: one value wins and every caller gets it")
    void getOrCreateRaceHasOneWinner() throws Exception {
        List<String> results = Race.run(RACERS, i -> store.getOrCreate("instance.id", () -> "candidate-" + i));

        assertThat(results).hasSize(RACERS).containsOnly(results.getFirst());
        assertThat(store.get("instance.id")).contains(results.getFirst());
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void allIsOrderedByKeyAndUnmodifiable() {
        store.getOrCreate("instance.id", () -> "id");
        store.getOrCreate("bootstrap", () -> "b");
        store.getOrCreate("instance.created-at", () -> "2026-01-01T00:00:00Z");

        assertThat(store.all()).containsExactly(Map.entry("bootstrap", "b"),
                Map.entry("instance.created-at", "2026-01-01T00:00:00Z"), Map.entry("instance.id", "id"));
        assertThatThrownBy(() -> store.all().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullSuppliedValueIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> store.getOrCreate("instance.id", () -> null)).isInstanceOf(NullPointerException.class);

        assertThat(store.all()).isEmpty();
    }

    @Test
    void badKeysAreRefused() {
        assertThatThrownBy(() -> store.get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.get("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.getOrCreate("k".repeat(InstanceMetadataStore.MAX_KEY_LENGTH + 1), () -> "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
