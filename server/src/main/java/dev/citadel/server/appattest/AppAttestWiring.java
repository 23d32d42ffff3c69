package dev.citadel.server.appattest;

import dev.citadel.attest.AssertionVerifier;
import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestationVerifier;
import dev.citadel.attest.ExtensionPolicy;
import dev.citadel.attest.PinnedRoot;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.server.StartupException;
import dev.citadel.server.config.AppAttestSettings;
import dev.citadel.server.config.ConfigKey;
import dev.citadel.server.storage.Database;
import dev.citadel.server.storage.JdbcAppAttestChallengeStore;
import dev.citadel.server.storage.JdbcAttestedKeyStore;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The App Attest pieces the server assembles from its configuration: the service (always present, answering
 * 404 until configured) and, when configured, the guard that other services put in front of app routes.
 *
 * @param service the challenge and registration routes
 * @param guard   the assertion-protected request filter, when {@code appattest.app-id} is set
 */
public record AppAttestWiring(AppAttestService service, Optional<AppAttestGuard> guard) {

    /** Builds the pieces; a root file that is not Apple's pinned root stops the server with one line. */
    public static AppAttestWiring of(Optional<AppAttestSettings> settings, Database database, Clock clock) {
        JdbcAppAttestChallengeStore challenges = new JdbcAppAttestChallengeStore(database);
        if (settings.isEmpty()) {
            return new AppAttestWiring(new AppAttestService(Optional.empty(), challenges, RandomSource.system(), clock), Optional.empty());
        }
        AppAttestSettings s = settings.get();
        PinnedRoot attestationRoot = root(ConfigKey.APPATTEST_ROOT_FILE, s.rootFile(), true);
        PinnedRoot receiptRoot = root(ConfigKey.APPATTEST_RECEIPT_ROOT_FILE, s.receiptRootFile(), false);
        JdbcAttestedKeyStore keys = new JdbcAttestedKeyStore(database, clock);
        AttestationVerifier attestations = AttestationVerifier.create(s.appId(), s.environment(), ExtensionPolicy.acceptAny(),
                attestationRoot, receiptRoot, clock);
        AssertionVerifier assertions = new AssertionVerifier(s.appId(), keys, ExtensionPolicy.acceptAny(), clock);
        return new AppAttestWiring(new AppAttestService(Optional.of(new AppAttestService.Configured(attestations, keys)), challenges,
                RandomSource.system(), clock), Optional.of(new AppAttestGuard(assertions, challenges, s.binding(), clock)));
    }

    private static PinnedRoot root(ConfigKey key, Path file, boolean attestation) {
        try {
            return attestation ? PinnedRoot.appAttestationRoot(file) : PinnedRoot.appleRootCaG3(file);
        } catch (AttestException | UncheckedIOException e) {
            throw new StartupException("configuration key '" + key.key() + "' = '" + file + "': not "
                    + (attestation ? "Apple App Attestation Root CA (SHA-256 " + PinnedRoot.APP_ATTESTATION_ROOT_SHA256 + ")"
                    : "Apple Root CA - G3 (SHA-256 " + PinnedRoot.APPLE_ROOT_CA_G3_SHA256 + ")") + ": " + e.getMessage(), e);
        }
    }
}
