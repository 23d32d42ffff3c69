package dev.citadel.server.passkeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.encoding.Bytes;
import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.Json;
import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Passkey sign-up, adding a passkey, and sign-in: the WebAuthn ceremonies over HTTP.
 *
 * <pre>
 * curl -s -H 'Content-Type: application/json' -d '{"username":"alice","displayName":"Alice"}' \
 *      http://localhost:8080/passkeys/registration/options
 *   → {"ceremonyId":"…","publicKey":{…PublicKeyCredentialCreationOptionsJSON…}}
 * curl -s -H 'Content-Type: application/json' -d '{"ceremonyId":"…","credential":{…RegistrationResponseJSON…}}' \
 *      http://localhost:8080/passkeys/registration/verify
 *   → {"passkey":{…}} and the session cookies
 * </pre>
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>A ceremony id is taken from storage once (atomic delete), whether its response verifies or not, so a
 *       response cannot be replayed; its context (account, session, policy) was stored by the server.</li>
 *   <li>Nothing is stored from a failed ceremony: a sign-up writes the account and its passkey in one
 *       transaction only after the response verified.</li>
 *   <li>Sign-in applies the library's result by compare-and-set on the stored counter, refuses a counter that
 *       did not advance (a possibly cloned authenticator), and issues a new session id (rotation).</li>
 *   <li>Options for an unknown username have the shape of a real account's ({@link UnknownUserDecoys}).</li>
 *   <li>Every route is rate-limited per address and CSRF/Origin-checked ({@link WebSessions}).</li>
 * </ul>
 */
public final class PasskeysService implements HttpService {

    /** Largest options request body. */
    public static final int MAX_OPTIONS_BODY_BYTES = 4 * 1024;
    /** Largest verify request body (an attestation object with a certificate chain, base64url, fits easily). */
    public static final int MAX_VERIFY_BODY_BYTES = 96 * 1024;
    /** Name of a passkey registered without one. */
    public static final String DEFAULT_PASSKEY_NAME = "Passkey";

    private final PasskeyAccounts accounts;

    public PasskeysService(PasskeyAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/passkeys/registration/options", this::registrationOptions);
        rules.post("/passkeys/registration/verify", this::registrationVerify);
        rules.post("/passkeys/authentication/options", this::authenticationOptions);
        rules.post("/passkeys/authentication/verify", this::authenticationVerify);
    }

    record RegistrationOptionsBody(String username, String displayName) {}

    record RegistrationVerifyBody(String ceremonyId, JsonNode credential, String name) {}

    record AuthenticationOptionsBody(String username) {}

    record AuthenticationVerifyBody(String ceremonyId, JsonNode credential) {}

    private void registrationOptions(ServerRequest req, ServerResponse res) {
        WebSessions web = accounts.web();
        web.rateLimit(req);
        Optional<Session> session = web.current(req);
        web.checkStateChange(req, session);
        RegistrationOptionsBody body = Bodies.readJson(req, MAX_OPTIONS_BODY_BYTES, RegistrationOptionsBody.class);
        if (body.username() == null && body.displayName() == null) {
            Session s = session.orElseThrow(() -> WebSessions.problem(ProblemType.UNAUTHORIZED, "sign-in-required",
                    "send username and displayName to sign up, or sign in to add a passkey"));
            PasskeyUser user = accounts.users().findByHandle(s.user()).orElseThrow(() -> WebSessions.problem(
                    ProblemType.UNAUTHORIZED, "sign-in-required", "the account no longer exists"));
            List<Ceremonies.Descriptor> exclude = accounts.credentials().list(user.handle()).stream()
                    .map(p -> Ceremonies.Descriptor.of(p.record())).toList();
            Ceremonies.Started started = accounts.ceremonies().startRegistration(user, exclude);
            accounts.store(started, new CeremonyEnvelope(CeremonyEnvelope.Kind.ADD_PASSKEY, started.pending().base64Url(),
                    user.handle().base64url(), null, null, s.idHash(), null));
            sendOptions(res, started);
            return;
        }
        String username = body.username() == null ? "" : PasskeyUser.normaliseUsername(body.username());
        String displayName = body.displayName() == null ? "" : body.displayName().strip();
        if (!PasskeyUser.isValidName(username) || !PasskeyUser.isValidName(displayName)) {
            throw WebSessions.problem(ProblemType.VALIDATION_FAILED, "invalid-name", "username and displayName are 1 to "
                    + PasskeyUser.MAX_NAME_CHARS + " characters without control characters");
        }
        if (accounts.users().findByUsername(username).isPresent()) {
            throw WebSessions.problem(ProblemType.CONFLICT, "username-taken", "choose another username");
        }
        PasskeyUser user = new PasskeyUser(UserHandle.generate(dev.citadel.cryptokit.RandomSource.system()), username, displayName,
                accounts.clock().instant());
        Ceremonies.Started started = accounts.ceremonies().startRegistration(user, List.of());
        accounts.store(started, new CeremonyEnvelope(CeremonyEnvelope.Kind.SIGN_UP, started.pending().base64Url(),
                user.handle().base64url(), username, displayName, null, null));
        sendOptions(res, started);
    }

    private void registrationVerify(ServerRequest req, ServerResponse res) {
        WebSessions web = accounts.web();
        web.rateLimit(req);
        Optional<Session> session = web.current(req);
        web.checkStateChange(req, session);
        RegistrationVerifyBody body = Bodies.readJson(req, MAX_VERIFY_BODY_BYTES, RegistrationVerifyBody.class);
        String name = body.name() == null ? DEFAULT_PASSKEY_NAME : body.name().strip();
        if (!PasskeyUser.isValidName(name) || body.credential() == null || !body.credential().isObject()) {
            throw WebSessions.problem(ProblemType.VALIDATION_FAILED, "invalid-request",
                    "send ceremonyId, credential (RegistrationResponseJSON) and optionally name (1 to 64 characters)");
        }
        CeremonyEnvelope envelope = accounts.take(body.ceremonyId(), CeremonyEnvelope.Kind.SIGN_UP, CeremonyEnvelope.Kind.ADD_PASSKEY);
        String client = WebSessions.clientAddress(req);
        UserHandle owner = envelope.userHandle().orElseThrow();
        if (envelope.kind() == CeremonyEnvelope.Kind.ADD_PASSKEY
                && (session.isEmpty() || !session.get().idHash().equals(envelope.sessionHash()))) {
            throw WebSessions.problem(ProblemType.FORBIDDEN, "ceremony-session-mismatch",
                    "the ceremony was started by another session");
        }
        Ceremonies.Registered registered = accounts.ceremonies().finishRegistration(envelope.pendingBytes(),
                Json.writeString(body.credential()));
        if (!registered.record().userHandle().equals(Bytes.of(owner.bytes()))) {
            throw new IllegalStateException("the library returned a record for another user handle");
        }
        StoredPasskey passkey = new StoredPasskey(registered.record(), name, registered.aaguid(), registered.attestationFormat(),
                accounts.clock().instant(), Optional.empty());
        String detail = "credential " + passkey.record().id().base64Url() + ", " + registered.attestationFormat() + " attestation";
        if (envelope.kind() == CeremonyEnvelope.Kind.SIGN_UP) {
            PasskeyUser user = new PasskeyUser(owner, envelope.username(), envelope.displayName(), passkey.createdAt());
            if (!accounts.credentials().signUp(user, passkey)) {
                throw WebSessions.problem(ProblemType.CONFLICT, "username-taken", "the username was taken meanwhile");
            }
            accounts.audit(AuditEventType.SIGN_UP, Optional.of(owner), client, "username " + user.username());
            accounts.audit(AuditEventType.PASSKEY_ADDED, Optional.of(owner), client, detail);
            web.setCookies(res, web.sessions().rotate(WebSessions.sessionCookie(req), owner, false));
        } else {
            accounts.credentials().insert(passkey);
            accounts.audit(AuditEventType.PASSKEY_ADDED, Optional.of(owner), client, detail);
            if (session.get().restricted()) { // recovery done: a full session replaces the restricted one
                web.setCookies(res, web.sessions().rotate(WebSessions.sessionCookie(req), owner, false));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("passkey", PasskeyViews.summary(passkey, accounts.names()));
        accounts.users().findByHandle(owner).ifPresent(user -> out.put("user", PasskeyViews.user(user)));
        Bodies.sendJson(res, 200, out);
    }

    private void authenticationOptions(ServerRequest req, ServerResponse res) {
        WebSessions web = accounts.web();
        web.rateLimit(req);
        web.checkStateChange(req, web.current(req));
        AuthenticationOptionsBody body = Bodies.readJson(req, MAX_OPTIONS_BODY_BYTES, AuthenticationOptionsBody.class);
        Optional<List<Ceremonies.Descriptor>> allow = Optional.empty();
        String user = null;
        String named = null;
        if (body.username() != null) {
            named = PasskeyUser.normaliseUsername(body.username());
            Optional<PasskeyUser> known = PasskeyUser.isValidName(named) ? accounts.users().findByUsername(named) : Optional.empty();
            List<Ceremonies.Descriptor> list = known.map(u -> accounts.credentials().list(u.handle()).stream()
                    .map(p -> Ceremonies.Descriptor.of(p.record())).toList()).orElse(List.of());
            allow = Optional.of(list.isEmpty() ? List.of(accounts.decoys().decoyFor(named)) : list);
            user = known.map(u -> u.handle().base64url()).orElse(null);
        }
        Ceremonies.Started started = accounts.ceremonies().startAuthentication(
                Optional.ofNullable(user).map(u -> Bytes.of(new UserHandle(u).bytes())), allow);
        accounts.store(started, new CeremonyEnvelope(CeremonyEnvelope.Kind.SIGN_IN, started.pending().base64Url(), user, named,
                null, null, null));
        sendOptions(res, started);
    }

    private void authenticationVerify(ServerRequest req, ServerResponse res) {
        WebSessions web = accounts.web();
        web.rateLimit(req);
        web.checkStateChange(req, web.current(req));
        AuthenticationVerifyBody body = Bodies.readJson(req, MAX_VERIFY_BODY_BYTES, AuthenticationVerifyBody.class);
        if (body.credential() == null || !body.credential().isObject()) {
            throw WebSessions.problem(ProblemType.VALIDATION_FAILED, "invalid-request",
                    "send ceremonyId and credential (AuthenticationResponseJSON)");
        }
        CeremonyEnvelope envelope = accounts.take(body.ceremonyId(), CeremonyEnvelope.Kind.SIGN_IN);
        Assertions.Outcome outcome = new Assertions(accounts).verify(envelope, body.credential(), WebSessions.clientAddress(req),
                AuditEventType.SIGN_IN_FAILED);
        PasskeyUser user = accounts.users().findByHandle(outcome.owner()).orElseThrow();
        web.setCookies(res, web.sessions().rotate(WebSessions.sessionCookie(req), user.handle(), false));
        accounts.audit(AuditEventType.SIGN_IN, Optional.of(user.handle()), WebSessions.clientAddress(req),
                "credential " + outcome.credentialId().base64Url());
        Bodies.sendJson(res, 200, Map.of("user", PasskeyViews.user(user)));
    }

    private static void sendOptions(ServerResponse res, Ceremonies.Started started) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ceremonyId", started.ceremonyId());
        out.put("publicKey", PasskeyViews.json(started.optionsJson()));
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Bodies.sendJson(res, 200, out);
    }

    /** 404 {@code unknown-credential} with what the page needs for {@code PublicKeyCredential.signalUnknownCredential}. */
    static ProblemException unknownCredential(String credentialId, String rpId) {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, "no passkey with this credential id is registered here")
                .with("reason", "unknown-credential").with("credentialId", credentialId).with("rpId", rpId), Map.of());
    }
}
