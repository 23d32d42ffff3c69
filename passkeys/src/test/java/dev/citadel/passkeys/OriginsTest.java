package dev.citadel.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** §7.1 step 9 / §7.2 step 13 origins: exact, related origins (§5.11 well-known document), Android app origins. */
class OriginsTest {

    private static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** A fetcher for the RP's document that counts its calls. */
    static final class Document implements WellKnownFetcher {
        final AtomicReference<String> body = new AtomicReference<>("{\"origins\":[\"https://example.co.uk\",\"https://example.de\"]}");
        final List<URI> fetched = new ArrayList<>();

        @Override
        public String fetch(URI uri) throws IOException {
            fetched.add(uri);
            String b = body.get();
            if (b == null) {
                throw new IOException("connection refused");
            }
            return b;
        }
    }

    private Fixture related(Document doc) {
        return new Fixture(RelyingParty.builder().rpId(Fixture.RP_ID).origins(Set.of(Fixture.ORIGIN)).relatedOrigins(doc));
    }

    @Test
    void related_origins_from_the_well_known_document_are_accepted() {
        Document doc = new Document();
        Fixture f = related(doc);
        f.authenticator.origin = "https://example.co.uk";
        f.register("alice");
        f.authenticator.origin = "https://example.de";
        assertThat(f.signIn().userHandle()).isEqualTo(Fixture.user("alice").id());
        assertThat(doc.fetched).containsExactly(URI.create("https://example.com/.well-known/webauthn"));
    }

    @Test
    void origins_not_in_the_document_are_refused() {
        Document doc = new Document();
        Fixture f = related(doc);
        f.authenticator.origin = "https://example.fr";
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson())), Reason.ORIGIN_MISMATCH);
    }

    @Test
    void the_document_is_cached_so_unknown_origins_cannot_make_the_relying_party_fetch_repeatedly() {
        Document doc = new Document();
        Fixture f = related(doc);
        f.authenticator.origin = "https://attacker.example";
        for (int i = 0; i < 5; i++) {
            RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
            assertReason(() -> f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson())), Reason.ORIGIN_MISMATCH);
        }
        assertThat(doc.fetched).hasSize(1);
        f.clock.advance(RelatedOrigins.CACHE_TTL);
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson())), Reason.ORIGIN_MISMATCH);
        assertThat(doc.fetched).hasSize(2);
    }

    @Test
    void a_failed_fetch_accepts_no_related_origin_and_is_retried_after_FAILURE_TTL() {
        Document doc = new Document();
        doc.body.set(null);
        Fixture f = related(doc);
        f.authenticator.origin = "https://example.co.uk";
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson())), Reason.ORIGIN_MISMATCH);
        doc.body.set("{\"origins\":[\"https://example.co.uk\"]}");
        f.clock.advance(RelatedOrigins.FAILURE_TTL.minusSeconds(1));
        RegistrationStart t = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> f.rp.finishRegistration(t.pending(), f.authenticator.register(t.options().toJson())), Reason.ORIGIN_MISMATCH);
        f.clock.advance(Duration.ofSeconds(1));
        RegistrationStart u = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertThat(f.rp.finishRegistration(u.pending(), f.authenticator.register(u.options().toJson())).fmt()).isEqualTo("none");
    }

    @Test
    void a_malformed_or_oversized_document_is_refused_and_accepts_nothing() {
        assertReason(() -> RelatedOrigins.parse("{\"origins\":\"https://example.de\"}"), Reason.MALFORMED_RELATED_ORIGINS);
        assertReason(() -> RelatedOrigins.parse("{\"origins\":[\"https://example.de/path\"]}"), Reason.MALFORMED_RELATED_ORIGINS);
        assertReason(() -> RelatedOrigins.parse("{\"origins\":[\"http://example.de\"]}"), Reason.MALFORMED_RELATED_ORIGINS);
        assertReason(() -> RelatedOrigins.parse("{\"origins\":[],\"origins\":[\"https://example.de\"]}"), Reason.MALFORMED_RELATED_ORIGINS);
        assertReason(() -> RelatedOrigins.parse(" ".repeat(RelatedOrigins.MAX_DOCUMENT_BYTES + 1)), Reason.LIMIT_EXCEEDED);
        StringBuilder many = new StringBuilder("{\"origins\":[");
        for (int i = 0; i <= RelatedOrigins.MAX_ORIGINS; i++) {
            many.append(i == 0 ? "" : ",").append("\"https://o").append(i).append(".example\"");
        }
        assertReason(() -> RelatedOrigins.parse(many + "]}"), Reason.LIMIT_EXCEEDED);
        assertThat(RelatedOrigins.parse("{\"origins\":[\"https://example.de\"],\"comment\":\"ok\"}")).containsExactly("https://example.de");

        Document doc = new Document();
        doc.body.set("{\"origins\":[\"https://example.co.uk\"");
        Fixture f = related(doc);
        f.authenticator.origin = "https://example.co.uk";
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson())), Reason.ORIGIN_MISMATCH);
    }

    @Test
    void android_apk_key_hash_origins_are_accepted_when_configured() {
        String apk = "android:apk-key-hash:" + Bytes.of(new byte[32]).base64Url();
        Fixture f = new Fixture(RelyingParty.builder().rpId(Fixture.RP_ID).origins(Set.of(Fixture.ORIGIN)).androidOrigin(apk));
        f.authenticator.origin = apk;
        f.register("alice");
        assertThat(f.signIn().userHandle()).isEqualTo(Fixture.user("alice").id());
        // Another app's signing key is another origin.
        f.authenticator.origin = "android:apk-key-hash:" + Bytes.of(new byte[] {1}).base64Url() + "A".repeat(41);
        assertReason(f::signIn, Reason.ORIGIN_MISMATCH);
    }

    @Test
    void configured_origins_are_validated() {
        assertThatThrownBy(() -> RelyingParty.builder().origins(Set.of("http://example.com"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelyingParty.builder().origins(Set.of("https://example.com/"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelyingParty.builder().origins(Set.of("https://Example.com"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelyingParty.builder().androidOrigin("android:apk-key-hash:short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelyingParty.builder().rpId("https://example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelyingParty.builder().rpId("example.com").build()).isInstanceOf(IllegalStateException.class);
        assertThat(RelyingParty.builder().rpId("localhost").origins(Set.of("http://localhost:8080")).build().rpId()).isEqualTo("localhost");
    }
}
