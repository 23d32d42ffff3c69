package dev.citadel.server.passkeys;

import static dev.citadel.server.passkeys.Browser.assertProblem;
import static dev.citadel.server.passkeys.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.server.RunningServer;
import dev.citadel.server.http.Json;
import dev.citadel.server.storage.JdbcPasskeyAuditLog;
import dev.citadel.server.storage.JdbcPasskeyUserStore;
import dev.citadel.testing.MutableClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passkey HTTP API through the real server on an ephemeral port, a real HTTP client and a software
 * authenticator: every refusal asserts its reason.
 */
class PasskeysApiTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.now());
    private RunningServer server;

    RunningServer server() {
        if (server == null) {
            server = RunningServer.start(dir, Map.of(), clock);
        }
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Browser signedUp(String username) throws Exception {
        Browser browser = new Browser(server());
        HttpResponse<String> verified = browser.signUp(username);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        return browser;
    }

    @Nested
    @DisplayName("sign-up and sign-in")
    class Flows {

        @Test
        @DisplayName("sign-up sets HttpOnly Secure SameSite=Strict cookies; the account lists the passkey")
        void signUpSetsTheSessionAndListsThePasskey() throws Exception {
            Browser browser = new Browser(server());
            HttpResponse<String> verified = browser.signUp("alice");
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
            assertThat(json(verified).at("/passkey/name").asText()).isEqualTo("Phone");
            assertThat(json(verified).at("/passkey/backupEligible").asBoolean()).isTrue();
            String session = browser.lastSetCookies.stream().filter(l -> l.startsWith("citadel_session=")).findFirst().orElseThrow();
            assertThat(session).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Strict").contains("Path=/");
            String csrf = browser.lastSetCookies.stream().filter(l -> l.startsWith("citadel_csrf=")).findFirst().orElseThrow();
            assertThat(csrf).doesNotContain("HttpOnly").containsIgnoringCase("SameSite=Strict");

            JsonNode account = json(browser.get("/account"));
            assertThat(account.at("/user/name").asText()).isEqualTo("alice");
            assertThat(account.at("/user/id").asText()).hasSize(86); // 64 bytes, base64url
            assertThat(account.get("mustRegisterPasskey").asBoolean()).isFalse();
            assertThat(Browser.texts(account.get("passkeys"), "id")).containsExactly(browser.authenticator.credentials().get(0).idBase64Url());
            JsonNode accepted = json(browser.get("/account/accepted-credentials"));
            assertThat(accepted.get("rpId").asText()).isEqualTo("localhost");
            assertThat(accepted.get("allAcceptedCredentialIds")).hasSize(1);
        }

        @Test
        @DisplayName("sign-in with a username and without one (discoverable) each rotate the session id")
        void signInRotatesTheSession() throws Exception {
            Browser browser = signedUp("alice");
            String first = browser.sessionId();
            HttpResponse<String> named = browser.signIn("alice");
            assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
            assertThat(json(named).at("/user/name").asText()).isEqualTo("alice");
            String second = browser.sessionId();
            assertThat(second).isNotEqualTo(first);
            HttpResponse<String> discoverable = browser.signIn(null);
            assertThat(discoverable.statusCode()).as(discoverable.body()).isEqualTo(200);
            assertThat(browser.sessionId()).isNotEqualTo(second);

            Browser stale = new Browser(server(), browser.authenticator);
            stale.cookies.putAll(browser.cookies);
            stale.cookies.put(WebSessions.SESSION_COOKIE, new java.net.HttpCookie(WebSessions.SESSION_COOKIE, first));
            assertProblem(stale.get("/account"), 401, "sign-in-required");
            assertThat(browser.get("/account").statusCode()).isEqualTo(200);
            assertThat(json(browser.get("/account/audit")).findValuesAsText("event")).contains("sign-up", "passkey-added", "sign-in");
        }

        @Test
        @DisplayName("options ask for credProps, prf and largeBlob at registration and a per-RP prf input at sign-in")
        void extensionsInTheOptions() throws Exception {
            Browser browser = new Browser(server());
            HttpResponse<String> options = browser.post("/passkeys/registration/options", Map.of("username", "alice", "displayName", "Alice"));
            JsonNode extensions = json(options).at("/publicKey/extensions");
            assertThat(extensions.get("credProps").asBoolean()).isTrue();
            assertThat(extensions.get("prf").isObject()).isTrue();
            assertThat(extensions.at("/largeBlob/support").asText()).isEqualTo("preferred");
            assertThat(json(options).at("/publicKey/authenticatorSelection/userVerification").asText()).isEqualTo("required");
            HttpResponse<String> verified = browser.finishRegistration(options, "Phone");
            assertThat(json(verified).at("/user/name").asText()).isEqualTo("alice");
            String first = json(browser.post("/passkeys/authentication/options", Map.of())).at("/publicKey/extensions/prf/eval/first").asText();
            String again = json(browser.post("/passkeys/authentication/options", Map.of("username", "alice")))
                    .at("/publicKey/extensions/prf/eval/first").asText();
            assertThat(first).hasSize(43).isEqualTo(again);
        }

        @Test
        @DisplayName("a ceremony id works once: the replayed verify is refused with unknown-ceremony")
        void replayedCeremonyIsRefused() throws Exception {
            Browser browser = signedUp("alice");
            Map<String, Object> body = browser.signInBody("alice");
            assertThat(browser.post("/passkeys/authentication/verify", body).statusCode()).isEqualTo(200);
            assertProblem(browser.post("/passkeys/authentication/verify", body), 400, "unknown-ceremony");
        }

        @Test
        @DisplayName("an expired ceremony is refused with unknown-ceremony")
        void expiredCeremonyIsRefused() throws Exception {
            Browser browser = signedUp("alice");
            Map<String, Object> body = browser.signInBody("alice");
            clock.advance(Duration.ofMinutes(5).plusSeconds(1));
            assertProblem(browser.post("/passkeys/authentication/verify", body), 400, "unknown-ceremony");
        }

        @Test
        @DisplayName("a taken username is refused at sign-up options")
        void usernameTaken() throws Exception {
            signedUp("alice");
            assertProblem(new Browser(server()).post("/passkeys/registration/options", Map.of("username", "Alice", "displayName", "A")),
                    409, "username-taken");
        }

        @Test
        @DisplayName("sign-up names are checked: 422 invalid-name")
        void invalidNames() throws Exception {
            Browser browser = new Browser(server());
            assertProblem(browser.post("/passkeys/registration/options", Map.of("displayName", "No Username")), 422, "invalid-name");
            assertProblem(browser.post("/passkeys/registration/options", Map.of("username", "a".repeat(65), "displayName", "A")), 422,
                    "invalid-name");
            assertProblem(browser.post("/passkeys/registration/options", Map.of("username", "tab\there", "displayName", "A")), 422,
                    "invalid-name");
            assertProblem(browser.post("/passkeys/registration/options", Map.of()), 401, "sign-in-required");
        }

        @Test
        @DisplayName("nothing is stored from a failed sign-up: the username stays free")
        void failedSignUpStoresNothing() throws Exception {
            Browser browser = new Browser(server());
            HttpResponse<String> options = browser.post("/passkeys/registration/options", Map.of("username", "bob", "displayName", "Bob"));
            browser.authenticator.origin("https://evil.example");
            assertProblem(browser.finishRegistration(options, "Phone"), 422, "origin-mismatch");
            assertThat(new JdbcPasskeyUserStore(server().server.database()).findByUsername("bob")).isEmpty();
            assertThat(browser.sessionId()).isNull();
            browser.authenticator.origin(browser.origin);
            assertThat(browser.signUp("bob").statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("options for an unknown username have the shape of a real account's, stable across calls")
        void unknownUsernameOptionsLookReal() throws Exception {
            signedUp("alice");
            Browser probe = new Browser(server());
            JsonNode known = json(probe.post("/passkeys/authentication/options", Map.of("username", "alice"))).get("publicKey");
            JsonNode unknown = json(probe.post("/passkeys/authentication/options", Map.of("username", "nobody"))).get("publicKey");
            JsonNode again = json(probe.post("/passkeys/authentication/options", Map.of("username", "nobody"))).get("publicKey");
            assertThat(fieldNames(unknown)).isEqualTo(fieldNames(known));
            assertThat(unknown.get("allowCredentials")).hasSize(1);
            assertThat(unknown.at("/allowCredentials/0/id").asText()).hasSize(known.at("/allowCredentials/0/id").asText().length())
                    .isEqualTo(again.at("/allowCredentials/0/id").asText());
        }

        private static List<String> fieldNames(JsonNode node) {
            List<String> names = new java.util.ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    @Nested
    @DisplayName("refused sign-ins")
    class RefusedSignIns {

        @Test
        @DisplayName("an unknown credential is 404 unknown-credential with the id and rpId for signalUnknownCredential")
        void unknownCredential() throws Exception {
            Browser alice = signedUp("alice");
            Browser stranger = new Browser(server(), new SoftwareAuthenticator("localhost", alice.origin));
            stranger.authenticator.create(Map.of("challenge", "AAAAAAAAAAAAAAAAAAAAAA", "user", Map.of("id", "AAAA")));
            HttpResponse<String> options = stranger.post("/passkeys/authentication/options", Map.of());
            JsonNode o = json(options);
            String credential = stranger.authenticator.get(Browser.map(o.get("publicKey")), Optional.empty());
            HttpResponse<String> r = stranger.post("/passkeys/authentication/verify",
                    Map.of("ceremonyId", o.get("ceremonyId").asText(), "credential", Json.mapper().readTree(credential)));
            assertProblem(r, 404, "unknown-credential");
            assertThat(json(r).get("credentialId").asText()).isEqualTo(stranger.authenticator.credentials().get(0).idBase64Url());
            assertThat(json(r).get("rpId").asText()).isEqualTo("localhost");
            assertThat(new JdbcPasskeyAuditLog(server().server.database()).withoutUser(10))
                    .extracting(AuditEvent::type).contains(AuditEventType.SIGN_IN_FAILED);
        }

        @Test
        @DisplayName("a bad signature is 422 signature-invalid, audited, and sets no session")
        void badSignature() throws Exception {
            Browser browser = signedUp("alice");
            browser.cookies.clear();
            browser.authenticator.corruptSignature(true);
            assertProblem(browser.signIn("alice"), 422, "signature-invalid");
            assertThat(browser.sessionId()).isNull();
        }

        @Test
        @DisplayName("an assertion without user verification is 422 user-not-verified")
        void userNotVerified() throws Exception {
            Browser browser = signedUp("alice");
            browser.authenticator.userVerified(false);
            assertProblem(browser.signIn("alice"), 422, "user-not-verified");
        }

        @Test
        @DisplayName("another user's passkey cannot sign in as the named user")
        void crossUserCredential() throws Exception {
            signedUp("alice");
            Browser mallory = signedUp("mallory");
            HttpResponse<String> options = mallory.post("/passkeys/authentication/options", Map.of("username", "alice"));
            JsonNode o = json(options);
            String credential = mallory.authenticator.get(Browser.map(o.get("publicKey")),
                    Optional.of(mallory.authenticator.credentials().get(0)));
            HttpResponse<String> r = mallory.post("/passkeys/authentication/verify",
                    Map.of("ceremonyId", o.get("ceremonyId").asText(), "credential", Json.mapper().readTree(credential)));
            assertProblem(r, 422, "credential-not-allowed");
            assertThat(mallory.sessionId()).as("mallory's own session, not alice's").isNotNull();
            assertThat(json(mallory.get("/account")).at("/user/name").asText()).isEqualTo("mallory");
        }

        @Test
        @DisplayName("a signature counter that did not advance is 403 counter-regressed and audited")
        void counterRegression() throws Exception {
            Browser browser = signedUp("alice");
            assertThat(browser.signIn("alice").statusCode()).isEqualTo(200);
            browser.authenticator.credentials().get(0).signCount(0); // a clone replays counter 1
            assertProblem(browser.signIn("alice"), 403, "counter-regressed");
            assertThat(json(browser.get("/account/audit")).findValuesAsText("detail")).contains("counter-regressed");
        }

        @Test
        @DisplayName("a verify body without a credential object is 422 invalid-request; a malformed response 400 malformed-response")
        void malformedBodies() throws Exception {
            Browser browser = signedUp("alice");
            assertProblem(browser.post("/passkeys/authentication/verify", Map.of("ceremonyId", "x".repeat(22))), 422, "invalid-request");
            HttpResponse<String> options = browser.post("/passkeys/authentication/options", Map.of());
            String id = browser.authenticator.credentials().get(0).idBase64Url();
            HttpResponse<String> r = browser.post("/passkeys/authentication/verify", Map.of("ceremonyId",
                    json(options).get("ceremonyId").asText(), "credential", Map.of("id", id, "rawId", id, "type", "public-key")));
            assertProblem(r, 400, "malformed-response");
            assertProblem(browser.post("/passkeys/authentication/verify", "{\"ceremonyId\":"), 400, "invalid-json");
        }
    }

    @Nested
    @DisplayName("CSRF, Origin and rate limiting")
    class Edge {

        @Test
        @DisplayName("a state change without the CSRF header is 403 csrf-token-missing")
        void csrfMissing() throws Exception {
            Browser browser = signedUp("alice");
            Map<String, String> withoutCsrf = new java.util.HashMap<>();
            withoutCsrf.put(WebSessions.CSRF_HEADER, null);
            assertProblem(browser.send("POST", "/account/sign-out", null, withoutCsrf), 403, "csrf-token-missing");
            assertThat(browser.get("/account").statusCode()).as("still signed in").isEqualTo(200);
        }

        @Test
        @DisplayName("a CSRF header that is not the session's token is 403 csrf-token-mismatch")
        void csrfMismatch() throws Exception {
            Browser alice = signedUp("alice");
            Browser bob = signedUp("bob");
            String bobsToken = bob.cookies.get(WebSessions.CSRF_COOKIE).getValue();
            alice.cookies.put(WebSessions.CSRF_COOKIE, new java.net.HttpCookie(WebSessions.CSRF_COOKIE, bobsToken));
            assertProblem(alice.post("/account/recovery-codes", null), 403, "csrf-token-mismatch");
        }

        @Test
        @DisplayName("a request from a foreign Origin is 403 origin-not-allowed")
        void foreignOrigin() throws Exception {
            Browser browser = signedUp("alice");
            assertProblem(browser.send("DELETE", "/account/passkeys/" + browser.authenticator.credentials().get(0).idBase64Url(), null,
                    Map.of("Origin", "https://evil.example")), 403, "origin-not-allowed");
            assertProblem(new Browser(server()).send("POST", "/passkeys/authentication/options", Map.of(),
                    Map.of("Origin", "https://evil.example")), 403, "origin-not-allowed");
        }

        @Test
        @DisplayName("ceremony endpoints answer 429 rate-limited with Retry-After past the burst")
        void rateLimited() throws Exception {
            Browser browser = new Browser(server());
            HttpResponse<String> r = null;
            for (int i = 0; i <= RateLimiter.BURST; i++) {
                r = browser.post("/passkeys/authentication/verify", Map.of("ceremonyId", "x".repeat(22), "credential", Map.of()));
            }
            assertProblem(r, 429, "rate-limited");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        }

        @Test
        @DisplayName("a session idle past the idle timeout is gone: 401 sign-in-required")
        void idleSessionExpires() throws Exception {
            Browser browser = signedUp("alice");
            clock.advance(Sessions.DEFAULT_IDLE_TIMEOUT.plusSeconds(1));
            assertProblem(browser.get("/account"), 401, "sign-in-required");
        }

        @Test
        @DisplayName("a session past the absolute timeout is gone even when used all along")
        void absoluteSessionExpiry() throws Exception {
            Browser browser = signedUp("alice");
            for (Duration d = Duration.ZERO; d.compareTo(Sessions.DEFAULT_ABSOLUTE_TIMEOUT) < 0; d = d.plus(Duration.ofMinutes(20))) {
                assertThat(browser.get("/account").statusCode()).isEqualTo(200);
                clock.advance(Duration.ofMinutes(20));
            }
            assertProblem(browser.get("/account"), 401, "sign-in-required");
        }

        @Test
        @DisplayName("sign-out deletes the session and clears the cookies")
        void signOut() throws Exception {
            Browser browser = signedUp("alice");
            String id = browser.sessionId();
            assertThat(browser.post("/account/sign-out", null).statusCode()).isEqualTo(204);
            assertThat(browser.sessionId()).isNull();
            browser.cookies.put(WebSessions.SESSION_COOKIE, new java.net.HttpCookie(WebSessions.SESSION_COOKIE, id));
            assertProblem(browser.get("/account"), 401, "sign-in-required");
        }
    }

    @Nested
    @DisplayName("passkey management")
    class Management {

        @Test
        @DisplayName("rename and revoke of another user's passkey are 404 unknown-passkey and change nothing")
        void anotherUsersPasskey() throws Exception {
            Browser alice = signedUp("alice");
            Browser mallory = signedUp("mallory");
            String alicesId = alice.authenticator.credentials().get(0).idBase64Url();
            assertProblem(mallory.send("PATCH", "/account/passkeys/" + alicesId, Map.of("name", "pwned"), Map.of()), 404, "unknown-passkey");
            assertProblem(mallory.send("DELETE", "/account/passkeys/" + alicesId, null, Map.of()), 404, "unknown-passkey");
            assertThat(json(alice.get("/account/passkeys")).get(0).get("name").asText()).isEqualTo("Phone");
        }

        @Test
        @DisplayName("rename, add a second passkey, revoke one: sign-in with the revoked one is unknown-credential")
        void renameAddRevoke() throws Exception {
            Browser alice = signedUp("alice");
            String first = alice.authenticator.credentials().get(0).idBase64Url();
            HttpResponse<String> renamed = alice.send("PATCH", "/account/passkeys/" + first, Map.of("name", "Work phone"), Map.of());
            assertThat(json(renamed).get("name").asText()).isEqualTo("Work phone");
            HttpResponse<String> options = alice.post("/passkeys/registration/options", Map.of());
            assertThat(json(options).at("/publicKey/excludeCredentials/0/id").asText()).isEqualTo(first);
            assertThat(alice.finishRegistration(options, "Laptop").statusCode()).isEqualTo(200);
            assertThat(json(alice.get("/account/passkeys"))).hasSize(2);
            assertThat(alice.send("DELETE", "/account/passkeys/" + first, null, Map.of()).statusCode()).isEqualTo(204);
            HttpResponse<String> r = alice.post("/passkeys/authentication/verify", withCredential(alice, 0));
            assertProblem(r, 404, "unknown-credential");
            assertThat(json(alice.get("/account/audit")).findValuesAsText("event")).contains("passkey-renamed", "passkey-revoked");
        }

        private Map<String, Object> withCredential(Browser b, int index) throws Exception {
            JsonNode o = json(b.post("/passkeys/authentication/options", Map.of()));
            String credential = b.authenticator.get(Browser.map(o.get("publicKey")), Optional.of(b.authenticator.credentials().get(index)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ceremonyId", o.get("ceremonyId").asText());
            body.put("credential", Json.mapper().readTree(credential));
            return body;
        }
    }

    @Nested
    @DisplayName("recovery codes")
    class Recovery {

        @Test
        @DisplayName("a code gives a session restricted to registering a passkey; it works once; all audited")
        void recoveryFlow() throws Exception {
            Browser alice = signedUp("alice");
            JsonNode codes = json(alice.post("/account/recovery-codes", null)).get("codes");
            assertThat(codes).hasSize(RecoveryCodes.CODES_PER_SET);
            String code = codes.get(0).asText();

            Browser lost = new Browser(server());
            HttpResponse<String> recovered = lost.post("/account/recovery", Map.of("username", "alice", "code", code));
            assertThat(recovered.statusCode()).as(recovered.body()).isEqualTo(200);
            assertThat(json(recovered).get("mustRegisterPasskey").asBoolean()).isTrue();
            assertThat(json(lost.get("/account")).get("mustRegisterPasskey").asBoolean()).isTrue();
            assertProblem(lost.post("/account/recovery-codes", null), 403, "passkey-registration-required");
            assertProblem(lost.send("DELETE", "/account/passkeys/" + alice.authenticator.credentials().get(0).idBase64Url(), null, Map.of()),
                    403, "passkey-registration-required");

            assertProblem(new Browser(server()).post("/account/recovery", Map.of("username", "alice", "code", code)), 401,
                    "invalid-recovery-code");
            assertProblem(new Browser(server()).post("/account/recovery", Map.of("username", "nobody", "code", code)), 401,
                    "invalid-recovery-code");

            HttpResponse<String> options = lost.post("/passkeys/registration/options", Map.of());
            String restrictedSession = lost.sessionId();
            assertThat(lost.finishRegistration(options, "New phone").statusCode()).isEqualTo(200);
            assertThat(lost.sessionId()).as("a full session replaces the restricted one").isNotEqualTo(restrictedSession);
            assertThat(json(lost.get("/account")).get("mustRegisterPasskey").asBoolean()).isFalse();
            assertThat(json(lost.get("/account/audit")).findValuesAsText("event"))
                    .contains("recovery-codes-generated", "recovery-code-used", "recovery-code-rejected", "passkey-added");
        }
    }

    @Nested
    @DisplayName("step-up")
    class StepUp {

        @Test
        @DisplayName("the protected action needs a step-up within the reuse window")
        void stepUpThenProtectedAction() throws Exception {
            Browser alice = signedUp("alice");
            assertProblem(alice.post("/account/protected-action", Map.of()), 403, "step-up-required");
            JsonNode o = json(alice.post("/account/step-up/options", Map.of("policy", "deviceOwnerAuthenticationWithBiometrics")));
            assertThat(o.at("/publicKey/userVerification").asText()).isEqualTo("required");
            String credential = alice.authenticator.get(Browser.map(o.get("publicKey")), Optional.empty());
            HttpResponse<String> verified = alice.post("/account/step-up/verify",
                    Map.of("ceremonyId", o.get("ceremonyId").asText(), "credential", Json.mapper().readTree(credential)));
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
            assertThat(json(verified).get("policy").asText()).isEqualTo("deviceOwnerAuthenticationWithBiometrics");
            assertThat(alice.post("/account/protected-action", Map.of()).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(5).plusSeconds(1));
            assertProblem(alice.post("/account/protected-action", Map.of()), 403, "step-up-required");
        }

        @Test
        @DisplayName("a step-up without user verification is user-not-verified; a roaming key does not satisfy the biometric policy")
        void stepUpRefusals() throws Exception {
            Browser alice = signedUp("alice");
            alice.authenticator.userVerified(false);
            assertProblem(stepUp(alice, "deviceOwnerAuthentication"), 422, "user-not-verified");
            alice.authenticator.userVerified(true).attachment("cross-platform");
            HttpResponse<String> roaming = stepUp(alice, "deviceOwnerAuthenticationWithBiometrics");
            assertProblem(roaming, 403, "policy-not-satisfied");
            assertThat(json(roaming).get("cause").asText()).isEqualTo("platform-authenticator-required");
            assertProblem(alice.post("/account/protected-action", Map.of()), 403, "step-up-required");
            assertThat(stepUp(alice, "deviceOwnerAuthentication").statusCode()).isEqualTo(200);
            HttpResponse<String> weaker = alice.post("/account/protected-action", Map.of());
            assertProblem(weaker, 403, "step-up-required"); // the configured policy needs a platform authenticator
            assertThat(json(weaker).get("cause").asText()).isEqualTo("platform-authenticator-required");
            assertProblem(alice.post("/account/step-up/options", Map.of("policy", "faceId")), 422, "unknown-policy");
            assertThat(json(alice.get("/account/audit")).findValuesAsText("event")).contains("step-up-failed", "step-up");
        }

        private HttpResponse<String> stepUp(Browser b, String policy) throws Exception {
            JsonNode o = json(b.post("/account/step-up/options", Map.of("policy", policy)));
            String credential = b.authenticator.get(Browser.map(o.get("publicKey")), Optional.empty());
            return b.post("/account/step-up/verify", Map.of("ceremonyId", o.get("ceremonyId").asText(), "credential",
                    Json.mapper().readTree(credential)));
        }

        @Test
        @DisplayName("biometryCurrentSet: a passkey added after the step-up voids it (cause credential-set-changed)")
        void addingAPasskeyVoidsTheStepUp() throws Exception {
            Browser alice = signedUp("alice");
            assertThat(stepUp(alice, "deviceOwnerAuthenticationWithBiometrics").statusCode()).isEqualTo(200);
            assertThat(alice.post("/account/protected-action", Map.of()).statusCode()).isEqualTo(200);
            assertThat(alice.finishRegistration(alice.post("/passkeys/registration/options", Map.of()), "Laptop").statusCode()).isEqualTo(200);
            HttpResponse<String> r = alice.post("/account/protected-action", Map.of());
            assertProblem(r, 403, "step-up-required");
            assertThat(json(r).get("cause").asText()).isEqualTo("credential-set-changed");
            assertThat(stepUp(alice, "deviceOwnerAuthenticationWithBiometrics").statusCode()).isEqualTo(200);
            assertThat(alice.post("/account/protected-action", Map.of()).statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("a step-up ceremony started by another session is refused")
        void stepUpFromAnotherSession() throws Exception {
            Browser alice = signedUp("alice");
            JsonNode o = json(alice.post("/account/step-up/options", Map.of("policy", "deviceOwnerAuthentication")));
            String credential = alice.authenticator.get(Browser.map(o.get("publicKey")), Optional.empty());
            Browser other = new Browser(server(), alice.authenticator);
            assertThat(other.signIn("alice").statusCode()).isEqualTo(200);
            assertProblem(other.post("/account/step-up/verify",
                    Map.of("ceremonyId", o.get("ceremonyId").asText(), "credential", Json.mapper().readTree(credential))),
                    403, "ceremony-session-mismatch");
        }
    }
}
