package dev.citadel.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.encoding.Bytes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CredentialStore.of: the store a one-off verification uses finds only its credential and never writes. */
class SingleCredentialStoreTest {

    private final CredentialRecord record = new CredentialRecord(Bytes.fromHex("0102"), Bytes.fromHex("aa"), Bytes.fromHex("a0"), 7,
            List.of("usb"), false, false, false, Optional.empty(), Optional.empty());
    private final CredentialStore store = CredentialStore.of(record);

    @Test
    void findsOnlyItsCredentialAndItsUser() {
        assertThat(store.findById(Bytes.fromHex("0102"))).contains(record);
        assertThat(store.findById(Bytes.fromHex("0103"))).isEmpty();
        assertThat(store.findByUser(Bytes.fromHex("aa"))).containsExactly(record);
        assertThat(store.findByUser(Bytes.fromHex("ab"))).isEmpty();
    }

    @Test
    void isReadOnly() {
        assertThat(store.recordUse(record.id(), 7, new CredentialUse(8, false, false, Instant.EPOCH))).isFalse();
        assertThat(store.findById(record.id())).get().extracting(CredentialRecord::signCount).isEqualTo(7L);
        assertThatThrownBy(() -> store.create(record)).isInstanceOf(UnsupportedOperationException.class);
    }
}
