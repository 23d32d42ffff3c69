package dev.citadel.server.passkeys;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.server.config.PasskeysSettings;
import dev.citadel.server.storage.Database;
import dev.citadel.server.storage.InstanceMetadataStore;
import dev.citadel.server.storage.JdbcPasskeyAuditLog;
import dev.citadel.server.storage.JdbcPasskeyCeremonyStore;
import dev.citadel.server.storage.JdbcPasskeyCredentialStore;
import dev.citadel.server.storage.JdbcPasskeySessionStore;
import dev.citadel.server.storage.JdbcPasskeyUserStore;
import dev.citadel.server.storage.JdbcRecoveryCodeStore;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The passkey services the server assembles from its configuration. The accepted origins default to the
 * bound port's ({@code http://localhost:PORT}), known only once the listener is up, so the relying party is
 * created on first use after {@link #bind}.
 */
public final class PasskeysWiring {

    /** Instance metadata key of the secret behind {@link UnknownUserDecoys}. */
    static final String DECOY_SECRET_KEY = "passkeys.decoy-secret";

    private final PasskeysSettings settings;
    private final AtomicReference<List<String>> origins = new AtomicReference<>();
    private final PasskeysService passkeys;
    private final AccountService account;

    /**
     * @param ceremonies builds the relying party for the accepted origins (called once, on first use after
     *                   {@link #bind})
     */
    public PasskeysWiring(PasskeysSettings settings, Database database, InstanceMetadataStore metadata,
            Function<List<String>, Ceremonies> ceremonies, AuthenticatorNames names, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        RandomSource random = RandomSource.system();
        Sessions sessions = new Sessions(new JdbcPasskeySessionStore(database), random, clock, settings.sessionIdleTimeout(),
                settings.sessionAbsoluteTimeout());
        WebSessions web = new WebSessions(sessions, this::origins, new RateLimiter(clock, settings.rateLimitBurst(), settings.rateLimitPerMinute()));
        byte[] decoySecret = Base64.getUrlDecoder().decode(metadata.getOrCreate(DECOY_SECRET_KEY,
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(random.bytes(32))));
        PasskeyAccounts accounts = new PasskeyAccounts(settings.rpId(), new LazyCeremonies(() -> ceremonies.apply(origins())),
                new JdbcPasskeyUserStore(database), new JdbcPasskeyCredentialStore(database, clock),
                new JdbcPasskeyCeremonyStore(database), new RecoveryCodes(new JdbcRecoveryCodeStore(database), random, clock),
                new JdbcPasskeyAuditLog(database), web, names, new UnknownUserDecoys(decoySecret), clock);
        this.passkeys = new PasskeysService(accounts);
        this.account = new AccountService(accounts, settings.stepUpPolicy(), settings.stepUpReuse(), settings.stepUpBinding());
    }

    /** Fixes the accepted origins once the listener is bound to {@code port}. */
    public void bind(int port, boolean tls) {
        origins.compareAndSet(null, settings.originsFor(port, tls));
    }

    /** The accepted origins; fails before {@link #bind}. */
    public List<String> origins() {
        List<String> bound = origins.get();
        if (bound == null) {
            throw new IllegalStateException("the passkey origins are known once the listener is bound");
        }
        return bound;
    }

    public PasskeysService passkeysService() {
        return passkeys;
    }

    public AccountService accountService() {
        return account;
    }
}
