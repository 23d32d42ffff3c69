package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.CredentialRecord;
import dev.citadel.passkeys.CredentialUse;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.server.passkeys.PasskeyUser;
import dev.citadel.server.passkeys.StoredPasskey;
import dev.citadel.server.passkeys.UserHandle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The passkeys library's CredentialStore SPI and the account operations, on both engines. */
class PasskeyCredentialStoreContractTest extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private JdbcPasskeyCredentialStore credentials;
    private JdbcPasskeyUserStore users;

    @BeforeEach
    void createStores() {
        credentials = new JdbcPasskeyCredentialStore(database, Clock.fixed(T0, ZoneOffset.UTC));
        users = new JdbcPasskeyUserStore(database);
    }

    private static PasskeyUser user(String name) {
        return new PasskeyUser(UserHandle.generate(RandomSource.system()), name, name, T0);
    }

    private static CredentialRecord record(UserHandle owner, long signCount) {
        return new CredentialRecord(Bytes.of(RandomSource.system().bytes(16)), Bytes.of(owner.bytes()),
                Bytes.of(new byte[] {(byte) 0xa5, 1, 2, 3, 38}), signCount, List.of("internal", "hybrid"), true, true, false,
                Optional.of(Bytes.of(new byte[] {(byte) 0xa3})), Optional.empty());
    }

    private static StoredPasskey passkey(CredentialRecord record, String name) {
        return new StoredPasskey(record, name, Bytes.fromHex("ea9b8d664d011d213ce4b6b48cb575d4"), "none", T0, Optional.empty());
    }

    @Test
    void signUpStoresTheAccountAndItsFirstPasskeyTogether() {
        PasskeyUser alice = user("alice");
        CredentialRecord record = record(alice.handle(), 0);
        assertThat(credentials.signUp(alice, passkey(record, "Phone"))).isTrue();
        assertThat(users.findByUsername("alice")).contains(alice);
        assertThat(credentials.findById(record.id())).contains(record);
        assertThat(credentials.find(record.id()).orElseThrow().aaguidText()).isEqualTo("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4");
        assertThat(credentials.findByUser(record.userHandle())).containsExactly(record);
    }

    @Test
    @DisplayName("a sign-up whose username or credential id is taken stores nothing")
    void failedSignUpStoresNothing() {
        PasskeyUser alice = user("alice");
        CredentialRecord first = record(alice.handle(), 0);
        credentials.signUp(alice, passkey(first, "Phone"));

        PasskeyUser otherAlice = user("alice");
        CredentialRecord other = record(otherAlice.handle(), 0);
        assertThat(credentials.signUp(otherAlice, passkey(other, "Laptop"))).isFalse();
        assertThat(credentials.findById(other.id())).isEmpty();

        PasskeyUser bob = user("bob");
        CredentialRecord stolenId = new CredentialRecord(first.id(), Bytes.of(bob.handle().bytes()), first.publicKey(), 0,
                List.of(), false, false, false, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> credentials.signUp(bob, passkey(stolenId, "Key")))
                .isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason())
                        .isEqualTo(PasskeyException.Reason.CREDENTIAL_ALREADY_REGISTERED));
        assertThat(users.findByUsername("bob")).as("the account is rolled back with the passkey").isEmpty();
        assertThat(credentials.findById(first.id()).orElseThrow().userHandle()).isEqualTo(first.userHandle());
    }

    @Test
    @DisplayName("SPI create never overwrites: CREDENTIAL_ALREADY_REGISTERED")
    void createNeverOverwrites() {
        PasskeyUser alice = user("alice");
        users.create(alice);
        CredentialRecord record = record(alice.handle(), 5);
        credentials.create(record);
        assertThat(credentials.find(record.id()).orElseThrow().name()).isEqualTo(JdbcPasskeyCredentialStore.DEFAULT_NAME);
        CredentialRecord again = new CredentialRecord(record.id(), record.userHandle(), record.publicKey(), 0, List.of(), false,
                false, false, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> credentials.create(again)).isInstanceOfSatisfying(PasskeyException.class,
                e -> assertThat(e.reason()).isEqualTo(PasskeyException.Reason.CREDENTIAL_ALREADY_REGISTERED));
        assertThat(credentials.findById(record.id())).contains(record);
    }

    @Test
    void recordUseIsACompareAndSetOnTheCounter() throws Exception {
        PasskeyUser alice = user("alice");
        CredentialRecord record = record(alice.handle(), 5);
        credentials.signUp(alice, passkey(record, "Phone"));
        Instant used = T0.plusSeconds(60);
        assertThat(credentials.recordUse(record.id(), 4, new CredentialUse(6, true, true, used))).isFalse();
        assertThat(credentials.recordUse(record.id(), 5, new CredentialUse(6, true, true, used))).isTrue();
        StoredPasskey after = credentials.find(record.id()).orElseThrow();
        assertThat(after.record().signCount()).isEqualTo(6);
        assertThat(after.record().backupState()).isTrue();
        assertThat(after.lastUsedAt()).contains(used);
        assertThat(credentials.recordUse(Bytes.of(new byte[16]), 0, new CredentialUse(1, false, false, used))).isFalse();

        List<Boolean> won = Race.run(16, i -> credentials.recordUse(record.id(), 6, new CredentialUse(7 + i, true, true, used)));
        assertThat(won).containsOnlyOnce(true);
        assertThat(credentials.findById(record.id()).orElseThrow().signCount()).isEqualTo(7 + won.indexOf(true));
    }

    @Test
    @DisplayName("rename and revoke change only the owner's passkey")
    void renameAndRevokeAreScopedToTheOwner() {
        PasskeyUser alice = user("alice");
        PasskeyUser mallory = user("mallory");
        CredentialRecord alices = record(alice.handle(), 0);
        credentials.signUp(alice, passkey(alices, "Phone"));
        credentials.signUp(mallory, passkey(record(mallory.handle(), 0), "Mine"));

        assertThat(credentials.rename(mallory.handle(), alices.id(), "owned")).isFalse();
        assertThat(credentials.revoke(mallory.handle(), alices.id())).isFalse();
        assertThat(credentials.find(alices.id()).orElseThrow().name()).isEqualTo("Phone");

        assertThat(credentials.rename(alice.handle(), alices.id(), "Work phone")).isTrue();
        assertThat(credentials.list(alice.handle())).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Work phone"));
        assertThat(credentials.revoke(alice.handle(), alices.id())).isTrue();
        assertThat(credentials.findById(alices.id())).isEmpty();
        assertThat(credentials.list(mallory.handle())).hasSize(1);
    }
}
