package dev.citadel.passkeys;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.encoding.Bytes;
import dev.citadel.testing.MutableClock;
import java.time.Instant;
import java.util.Set;

/** A relying party, a software authenticator, a store and a clock, wired as a web page would use them. */
final class Fixture {

    static final String RP_ID = "example.com";
    static final String ORIGIN = "https://example.com";

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
    final InMemoryCredentialStore store = new InMemoryCredentialStore();
    final SoftwareAuthenticator authenticator = new SoftwareAuthenticator(ORIGIN, RandomSource.system());
    RelyingParty rp;

    Fixture() {
        this(RelyingParty.builder().rpId(RP_ID).rpName("Example").origins(Set.of(ORIGIN)));
    }

    Fixture(RelyingParty.Builder builder) {
        rp = builder.clock(clock).build();
    }

    static PublicKeyCredentialUserEntity user(String name) {
        return new PublicKeyCredentialUserEntity(Bytes.of(("id-" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)), name + "@example.com", name);
    }

    /** Registers a passkey for {@code name} and stores it. */
    VerifiedRegistration register(String name) {
        return register(RegistrationRequest.of(user(name)));
    }

    VerifiedRegistration register(RegistrationRequest request) {
        RegistrationStart start = rp.startRegistration(request);
        VerifiedRegistration reg = rp.finishRegistration(start.pending(), authenticator.register(start.options().toJson()));
        store.create(reg.credential());
        return reg;
    }

    /** A discoverable sign-in with the authenticator's newest credential. */
    VerifiedAuthentication signIn() {
        return signIn(AuthenticationRequest.discoverable());
    }

    VerifiedAuthentication signIn(AuthenticationRequest request) {
        AuthenticationStart start = rp.startAuthentication(request);
        return rp.finishAuthentication(start.pending(), authenticator.authenticate(start.options().toJson()), store);
    }

    /** Applies a verified authentication's updates as a caller must. */
    void apply(VerifiedAuthentication a) {
        if (!store.recordUse(a.credentialId(), a.previousSignCount(), a.credentialUse())) {
            throw new IllegalStateException("counter moved concurrently");
        }
    }
}
