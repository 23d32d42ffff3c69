package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.server.admin.ApiToken;
import dev.citadel.server.admin.ApiTokenStore;
import dev.citadel.server.admin.ApiTokenStore.StoredToken;
import dev.citadel.server.admin.Scope;
import dev.citadel.server.admin.SecretHash;
import dev.citadel.server.storage.StorageException.Reason;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link ApiTokenStore} contract, run on {@link JdbcApiTokenStore}. */
class ApiTokenStoreContractTest extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private ApiTokenStore store;

    @BeforeEach
    void createStore() {
        store = new JdbcApiTokenStore(database);
    }

    @Test
    void insertedTokenIsFoundWithItsHash() {
        ApiToken token = token("0123456789abcdef", T0, Set.of(Scope.READ, Scope.TOKENS));
        store.insert(token, hash(7));

        Optional<StoredToken> found = store.find(token.id());

        assertThat(found).isPresent();
        assertThat(found.get().token()).isEqualTo(token);
        assertThat(found.get().secretHash()).isEqualTo(hash(7));
        assertThat(found.get().secretHash()).isNotEqualTo(hash(8));
    }

    @Test
    void optionalTimesAndEmptyScopesRoundTrip() {
        ApiToken token = new ApiToken("00000000000000aa", "ci", Set.of(), T0, Optional.of(T0.plusSeconds(5)),
                Optional.of(T0.plusSeconds(9)));
        store.insert(token, hash(1));

        assertThat(store.find(token.id()).orElseThrow().token()).isEqualTo(token);
    }

    @Test
    @DisplayName("instants are kept to the millisecond (UTC epoch millis on both engines)")
    void instantsKeepMillisecondPrecision() {
        Instant precise = T0.plusNanos(123_456_789);
        store.insert(token("00000000000000bb", precise, Set.of(Scope.READ)), hash(1));

        assertThat(store.find("00000000000000bb").orElseThrow().token().createdAt())
                .isEqualTo(T0.plusMillis(123));
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(store.find("ffffffffffffffff")).isEmpty();
    }

    @Test
    void duplicateIdIsAConstraintAndKeepsTheOriginal() {
        ApiToken original = token("0123456789abcdef", T0, Set.of(Scope.READ));
        store.insert(original, hash(1));

        assertThatThrownBy(() -> store.insert(token("0123456789abcdef", T0.plusSeconds(1), Set.of(Scope.TOKENS)),
                hash(2))).isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONSTRAINT));
        assertThat(store.find(original.id()).orElseThrow()).isEqualTo(new StoredToken(original, hash(1)));
    }

    @Test
    void listIsNewestFirst() {
        ApiToken oldest = token("000000000000000a", T0, Set.of(Scope.READ));
        ApiToken newest = token("000000000000000b", T0.plusSeconds(20), Set.of(Scope.READ));
        ApiToken middle = token("000000000000000c", T0.plusSeconds(10), Set.of(Scope.TOKENS));
        store.insert(middle, hash(1));
        store.insert(oldest, hash(2));
        store.insert(newest, hash(3));

        assertThat(store.list()).containsExactly(newest, middle, oldest);
    }

    @Test
    void listOfEmptyStoreIsEmpty() {
        assertThat(store.list()).isEmpty();
    }

    @Test
    void revokeMarksOnceThenReturnsFalse() {
        store.insert(token("0123456789abcdef", T0, Set.of(Scope.READ)), hash(1));

        assertThat(store.revoke("0123456789abcdef", T0.plusSeconds(60))).isTrue();
        assertThat(store.revoke("0123456789abcdef", T0.plusSeconds(120))).isFalse();
        ApiToken revoked = store.find("0123456789abcdef").orElseThrow().token();
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedAt()).contains(T0.plusSeconds(60));
    }

    @Test
    void revokeUnknownReturnsFalse() {
        assertThat(store.revoke("ffffffffffffffff", T0)).isFalse();
    }

    @Test
    @DisplayName("of many concurrent revocations of one token exactly one returns true")
    void concurrentRevocationsHaveOneWinner() throws Exception {
        store.insert(token("0123456789abcdef", T0, Set.of(Scope.READ)), hash(1));

        List<Boolean> results = Race.run(16, i -> store.revoke("0123456789abcdef", T0.plusSeconds(i)));

        assertThat(results).containsOnlyOnce(true);
    }

    @Test
    void touchRecordsLastUseAndNeverMovesItBack() {
        store.insert(token("0123456789abcdef", T0, Set.of(Scope.READ)), hash(1));

        store.touch("0123456789abcdef", T0.plusSeconds(30));
        store.touch("0123456789abcdef", T0.plusSeconds(10));

        assertThat(store.find("0123456789abcdef").orElseThrow().token().lastUsedAt()).contains(T0.plusSeconds(30));
    }

    @Test
    void touchOfUnknownIdDoesNothing() {
        store.touch("ffffffffffffffff", T0);

        assertThat(store.any()).isFalse();
    }

    @Test
    void anyCountsRevokedTokens() {
        assertThat(store.any()).isFalse();
        store.insert(token("0123456789abcdef", T0, Set.of(Scope.READ)), hash(1));
        store.revoke("0123456789abcdef", T0.plusSeconds(1));

        assertThat(store.any()).isTrue();
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThatThrownBy(() -> store.insert(null, hash(1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.revoke("0123456789abcdef", null)).isInstanceOf(NullPointerException.class);
    }

    private static ApiToken token(String id, Instant createdAt, Set<Scope> scopes) {
        return new ApiToken(id, "token " + id, scopes, createdAt, Optional.empty(), Optional.empty());
    }

    private static SecretHash hash(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new SecretHash(bytes);
    }
}
