package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.server.admin.ApiTokens;
import dev.citadel.server.admin.IssuedToken;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap admin token is issued once per database, even when several replicas start together. A
 * sequential test cannot tell the once-per-database marker from the plain "no token yet" check: here
 * replicas race, and without the marker each of them would print a token of its own.
 */
class BootstrapTokenContractTest extends StorageContract {

    static final int REPLICAS = 8;

    @Test
    void replicasStartingTogetherIssueExactlyOneBootstrapToken() throws Exception {
        List<Optional<IssuedToken>> issued = Race.run(REPLICAS, i -> new ApiTokens(new JdbcApiTokenStore(database),
                new InstanceMetadataStore(database), RandomSource.system(), Clock.systemUTC()).bootstrapIfFirstStart());

        assertThat(issued.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(new JdbcApiTokenStore(database).list()).hasSize(1);
    }
}
