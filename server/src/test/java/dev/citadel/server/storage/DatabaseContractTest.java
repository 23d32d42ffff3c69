package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.server.storage.StorageException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Database}'s contract: transactions, concurrency, ping and lifecycle, identical on both engines. */
class DatabaseContractTest extends StorageContract {

    private static final int WRITERS = 8;
    private static final int INSERTS_PER_WRITER = 50;

    @Test
    void reportsItsBackend() {
        assertThat(database.backend()).isEqualTo(backend.backend());
    }

    @Test
    void commitsWhenWorkReturns() {
        String result = database.inTransaction(c -> {
            insert(c, "a");
            insert(c, "b");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(rowCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("work that throws midway writes nothing, and its exception propagates unchanged")
    void rollsBackWhenWorkThrowsMidway() {
        IllegalStateException thrown = new IllegalStateException("midway");

        assertThatThrownBy(() -> database.inTransaction(c -> {
            insert(c, "a");
            insert(c, "b");
            throw thrown;
        })).isSameAs(thrown);
        assertThat(rowCount()).isZero();
    }

    @Test
    void sqlFailureMidwayWritesNothingAndIsAQueryFailure() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
            insert(c, "a");
            try (Statement s = c.createStatement()) {
                s.execute("SELECT no_such_column FROM server_instance");
            }
            return null;
        })).isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.QUERY_FAILED));
        assertThat(rowCount()).isZero();
    }

    @Test
    void duplicateKeyIsAConstraintAndWritesNothing() {
        database.inTransaction(c -> insert(c, "taken"));

        assertThatThrownBy(() -> database.inTransaction(c -> {
            insert(c, "fresh");
            return insert(c, "taken");
        })).isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONSTRAINT));
        assertThat(rowCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("failed transactions do not poison pooled connections")
    void poolStaysUsableAfterManyRollbacks() {
        for (int i = 0; i < 3 * EmbeddedPostgresServer.POOL_SIZE; i++) {
            assertThatThrownBy(() -> database.inTransaction(c -> insert(c, null))).isInstanceOfSatisfying(
                    StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONSTRAINT));
        }

        database.inTransaction(c -> insert(c, "after"));
        assertThat(rowCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("8 virtual threads × 50 single-insert transactions all land; no busy error escapes")
    void concurrentWritersAllLand() throws Exception {
        List<Integer> done = Race.run(WRITERS, writer -> {
            for (int i = 0; i < INSERTS_PER_WRITER; i++) {
                String key = "w" + writer + "-" + i;
                database.inTransaction(c -> insert(c, key));
            }
            return INSERTS_PER_WRITER;
        });

        assertThat(done).containsOnly(INSERTS_PER_WRITER);
        assertThat(rowCount()).isEqualTo(WRITERS * INSERTS_PER_WRITER);
    }

    @Test
    void pingAnswers() {
        database.ping();
    }

    @Test
    void closedDatabaseIsUnavailableAndCloseIsIdempotent() {
        database.close();
        database.close();

        assertThatThrownBy(database::ping).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        assertThatThrownBy(() -> database.inTransaction(c -> 1)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
    }

    private static int insert(Connection connection, String key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO server_instance (key, value) VALUES (?, 'v')")) {
            insert.setString(1, key);
            return insert.executeUpdate();
        }
    }

    private int rowCount() {
        return database.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM server_instance")) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
