package dev.citadel.server.passkeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.CredentialRecord;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.local.AllowableReuseDuration;
import dev.citadel.passkeys.local.BiometryBinding;
import dev.citadel.passkeys.local.LocalAuthenticationPolicy;
import dev.citadel.passkeys.local.PolicySatisfied;
import dev.citadel.passkeys.local.StepUp;
import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in account: its passkeys (list, rename, revoke), recovery codes and recovery, step-up, sign-out
 * and its audit log.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Every route but {@code POST /account/recovery} needs a live session; state changes also pass the
 *       CSRF and Origin checks of {@link WebSessions}. A recovery session may only read the account, register
 *       a passkey and sign out (403 {@code passkey-registration-required} elsewhere).</li>
 *   <li>Rename and revoke act only on the session's own passkeys (the owner is part of the SQL condition);
 *       another account's passkey id answers 404 {@code unknown-passkey}, the same as a non-existent one.</li>
 *   <li>Recovery: a wrong code and an unknown username give the same 401 {@code invalid-recovery-code}; a
 *       code works once; attempts are rate-limited per address and every use or refusal is audited.</li>
 *   <li>{@code POST /account/protected-action} passes only after a step-up in this session that satisfies the
 *       configured policy within the configured reuse window (at most 5 minutes), judged by the library's
 *       {@link StepUp}; with the {@code current-set} binding (Apple's {@code biometryCurrentSet}) a passkey added
 *       or removed since the step-up voids it, and the passkey used must still be the account's.</li>
 * </ul>
 */
public final class AccountService implements HttpService {

    /** Largest request body of these routes. */
    public static final int MAX_BODY_BYTES = 4 * 1024;
    /** Largest step-up verify body. */
    public static final int MAX_VERIFY_BODY_BYTES = PasskeysService.MAX_VERIFY_BODY_BYTES;
    /** Audit events listed at most. */
    public static final int AUDIT_EVENTS_LISTED = 100;

    private final PasskeyAccounts accounts;
    private final LocalAuthenticationPolicy protectedActionPolicy;
    private final AllowableReuseDuration stepUpReuse;
    private final BiometryBinding.Kind stepUpBinding;

    public AccountService(PasskeyAccounts accounts, LocalAuthenticationPolicy protectedActionPolicy, Duration stepUpReuse,
            BiometryBinding.Kind stepUpBinding) {
        this.accounts = accounts;
        this.protectedActionPolicy = protectedActionPolicy;
        this.stepUpReuse = AllowableReuseDuration.of(stepUpReuse);
        this.stepUpBinding = stepUpBinding;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/account", this::account);
        rules.get("/account/passkeys", this::passkeys);
        rules.patch("/account/passkeys/{id}", this::rename);
        rules.delete("/account/passkeys/{id}", this::revoke);
        rules.get("/account/accepted-credentials", this::acceptedCredentials);
        rules.post("/account/recovery-codes", this::generateRecoveryCodes);
        rules.post("/account/recovery", this::recover);
        rules.post("/account/step-up/options", this::stepUpOptions);
        rules.post("/account/step-up/verify", this::stepUpVerify);
        rules.post("/account/protected-action", this::protectedAction);
        rules.post("/account/sign-out", this::signOut);
        rules.get("/account/audit", this::audit);
    }

    record RenameBody(String name) {}

    record RecoveryBody(String username, String code) {}

    record StepUpOptionsBody(String policy) {}

    record StepUpVerifyBody(String ceremonyId, JsonNode credential) {}

    record EmptyBody() {}

    private void account(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().require(req, true);
        PasskeyUser user = userOf(session);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", PasskeyViews.user(user));
        out.put("passkeys", PasskeyViews.summaries(accounts.credentials().list(user.handle()), accounts.names()));
        out.put("mustRegisterPasskey", session.restricted());
        out.put("recoveryCodesLeft", accounts.recoveryCodes().remaining(user.handle()));
        send(res, out);
    }

    private void passkeys(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().require(req, true);
        send(res, PasskeyViews.summaries(accounts.credentials().list(session.user()), accounts.names()));
    }

    private void rename(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().requireForChange(req, false);
        Bytes id = passkeyId(req);
        RenameBody body = Bodies.readJson(req, MAX_BODY_BYTES, RenameBody.class);
        String name = body.name() == null ? "" : body.name().strip();
        if (!PasskeyUser.isValidName(name)) {
            throw WebSessions.problem(ProblemType.VALIDATION_FAILED, "invalid-name",
                    "a passkey name is 1 to " + PasskeyUser.MAX_NAME_CHARS + " characters without control characters");
        }
        if (!accounts.credentials().rename(session.user(), id, name)) {
            throw unknownPasskey();
        }
        accounts.audit(AuditEventType.PASSKEY_RENAMED, Optional.of(session.user()), WebSessions.clientAddress(req),
                "credential " + id.base64Url());
        send(res, PasskeyViews.summary(accounts.credentials().find(id).orElseThrow(AccountService::unknownPasskey), accounts.names()));
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().requireForChange(req, false);
        Bytes id = passkeyId(req);
        if (!accounts.credentials().revoke(session.user(), id)) {
            throw unknownPasskey();
        }
        accounts.audit(AuditEventType.PASSKEY_REVOKED, Optional.of(session.user()), WebSessions.clientAddress(req),
                "credential " + id.base64Url());
        res.status(204).send();
    }

    private void acceptedCredentials(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().require(req, true);
        PasskeyUser user = userOf(session);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rpId", accounts.rpId());
        out.put("userId", user.handle().base64url());
        out.put("allAcceptedCredentialIds", accounts.credentials().list(user.handle()).stream()
                .map(p -> p.record().id().base64Url()).toList());
        out.put("name", user.username());
        out.put("displayName", user.displayName());
        send(res, out);
    }

    private void generateRecoveryCodes(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().requireForChange(req, false);
        List<String> codes = accounts.recoveryCodes().generate(session.user());
        accounts.audit(AuditEventType.RECOVERY_CODES_GENERATED, Optional.of(session.user()), WebSessions.clientAddress(req),
                codes.size() + " codes; earlier codes revoked");
        send(res, Map.of("codes", codes));
    }

    private void recover(ServerRequest req, ServerResponse res) {
        WebSessions web = accounts.web();
        web.rateLimit(req);
        web.checkStateChange(req, web.current(req));
        RecoveryBody body = Bodies.readJson(req, MAX_BODY_BYTES, RecoveryBody.class);
        String client = WebSessions.clientAddress(req);
        Optional<PasskeyUser> user = Optional.ofNullable(body.username()).map(PasskeyUser::normaliseUsername)
                .filter(PasskeyUser::isValidName).flatMap(accounts.users()::findByUsername);
        if (user.isEmpty() || !accounts.recoveryCodes().consume(user.get().handle(), body.code())) {
            accounts.audit(AuditEventType.RECOVERY_CODE_REJECTED, user.map(PasskeyUser::handle), client, "wrong or used code");
            throw WebSessions.problem(ProblemType.UNAUTHORIZED, "invalid-recovery-code",
                    "the username and recovery code do not match an unused code");
        }
        UserHandle handle = user.get().handle();
        web.setCookies(res, web.sessions().rotate(WebSessions.sessionCookie(req), handle, true));
        accounts.audit(AuditEventType.RECOVERY_CODE_USED, Optional.of(handle), client,
                accounts.recoveryCodes().remaining(handle) + " codes left; session restricted to registering a passkey");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", PasskeyViews.user(user.get()));
        out.put("mustRegisterPasskey", true);
        send(res, out);
    }

    private void stepUpOptions(ServerRequest req, ServerResponse res) {
        accounts.web().rateLimit(req);
        Session session = accounts.web().requireForChange(req, false);
        StepUpOptionsBody body = Bodies.readJson(req, MAX_BODY_BYTES, StepUpOptionsBody.class);
        LocalAuthenticationPolicy policy = Optional.ofNullable(body.policy()).flatMap(LocalAuthenticationPolicy::of)
                .orElseThrow(() -> WebSessions.problem(ProblemType.VALIDATION_FAILED, "unknown-policy",
                        "policy is deviceOwnerAuthenticationWithBiometrics or deviceOwnerAuthentication"));
        List<Ceremonies.Descriptor> allow = accounts.credentials().list(session.user()).stream()
                .map(p -> Ceremonies.Descriptor.of(p.record())).toList();
        if (allow.isEmpty()) {
            throw WebSessions.problem(ProblemType.CONFLICT, "no-passkey", "the account has no passkey to step up with");
        }
        Ceremonies.Started started = accounts.ceremonies().startAuthentication(Optional.of(Bytes.of(session.user().bytes())),
                Optional.of(allow));
        accounts.store(started, new CeremonyEnvelope(CeremonyEnvelope.Kind.STEP_UP, started.pending().base64Url(),
                session.user().base64url(), null, null, session.idHash(), policy.value()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ceremonyId", started.ceremonyId());
        out.put("publicKey", PasskeyViews.json(started.optionsJson()));
        send(res, out);
    }

    private void stepUpVerify(ServerRequest req, ServerResponse res) {
        accounts.web().rateLimit(req);
        Session session = accounts.web().requireForChange(req, false);
        StepUpVerifyBody body = Bodies.readJson(req, MAX_VERIFY_BODY_BYTES, StepUpVerifyBody.class);
        if (body.credential() == null || !body.credential().isObject()) {
            throw WebSessions.problem(ProblemType.VALIDATION_FAILED, "invalid-request", "send ceremonyId and credential");
        }
        CeremonyEnvelope envelope = accounts.take(body.ceremonyId(), CeremonyEnvelope.Kind.STEP_UP);
        String client = WebSessions.clientAddress(req);
        if (!session.idHash().equals(envelope.sessionHash())) {
            accounts.audit(AuditEventType.STEP_UP_FAILED, Optional.of(session.user()), client, "ceremony-session-mismatch");
            throw WebSessions.problem(ProblemType.FORBIDDEN, "ceremony-session-mismatch", "the step-up was started by another session");
        }
        LocalAuthenticationPolicy policy = LocalAuthenticationPolicy.of(envelope.policy()).orElseThrow();
        Assertions.Outcome outcome = new Assertions(accounts).verify(envelope, body.credential(), client, AuditEventType.STEP_UP_FAILED);
        PolicySatisfied satisfied;
        try {
            satisfied = StepUp.over(outcome.result().evidence(), accounts.clock()).require(policy, AllowableReuseDuration.of(
                    AllowableReuseDuration.MAXIMUM)); // just verified: only the policy itself can fail here
        } catch (PasskeyException e) {
            accounts.audit(AuditEventType.STEP_UP_FAILED, Optional.of(session.user()), client, Assertions.wire(e.reason()));
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, policy.value() + " is not satisfied: "
                    + Assertions.wire(e.reason())).with("reason", "policy-not-satisfied").with("cause", Assertions.wire(e.reason())), Map.of());
        }
        List<CredentialRecord> passkeys = accounts.credentials().findByUser(Bytes.of(session.user().bytes()));
        accounts.web().sessions().recordStepUp(session, new Session.StepUpState(outcome.result().evidence(),
                BiometryBinding.fingerprint(Bytes.of(session.user().bytes()), passkeys)));
        accounts.audit(AuditEventType.STEP_UP, Optional.of(session.user()), client, policy.value());
        send(res, Map.of("policy", policy.value(), "satisfiedAt", satisfied.satisfiedAt().toString()));
    }

    private void protectedAction(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().requireForChange(req, false);
        Session.StepUpState stepUp = session.stepUp().orElseThrow(() -> stepUpRequired("no step-up in this session"));
        Bytes user = Bytes.of(session.user().bytes());
        try {
            StepUp.over(stepUp.evidence(), accounts.clock()).require(protectedActionPolicy, stepUpReuse,
                    new BiometryBinding(stepUpBinding, user, stepUp.credentialSet()), accounts.credentials().findByUser(user));
        } catch (PasskeyException e) {
            throw stepUpRequired(Assertions.wire(e.reason()));
        }
        send(res, Map.of("done", true, "policy", protectedActionPolicy.value()));
    }

    private ProblemException stepUpRequired(String cause) {
        return new ProblemException(Problem.of(ProblemType.FORBIDDEN, "this action needs a step-up (" + protectedActionPolicy.value()
                + ") within the last " + stepUpReuse.value().toSeconds() + " seconds, with the passkeys the account has now")
                .with("reason", "step-up-required").with("policy", protectedActionPolicy.value()).with("cause", cause), Map.of());
    }

    private void signOut(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().requireForChange(req, true);
        WebSessions.sessionCookie(req).ifPresent(accounts.web().sessions()::end);
        accounts.audit(AuditEventType.SIGN_OUT, Optional.of(session.user()), WebSessions.clientAddress(req), "");
        WebSessions.clearCookies(res);
        res.status(204).send();
    }

    private void audit(ServerRequest req, ServerResponse res) {
        Session session = accounts.web().require(req, true);
        send(res, accounts.audit().forUser(session.user(), AUDIT_EVENTS_LISTED).stream().map(e -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("at", e.at().toString());
            out.put("event", e.type().wireName());
            out.put("clientAddress", e.clientAddress());
            out.put("detail", e.detail());
            return out;
        }).toList());
    }

    private PasskeyUser userOf(Session session) {
        return accounts.users().findByHandle(session.user()).orElseThrow(() -> WebSessions.problem(ProblemType.UNAUTHORIZED,
                "sign-in-required", "the account no longer exists"));
    }

    private static Bytes passkeyId(ServerRequest req) {
        String id = req.path().pathParameters().get("id");
        if (id.isEmpty() || id.length() > Assertions.MAX_CREDENTIAL_ID_CHARS) {
            throw unknownPasskey();
        }
        try {
            return Bytes.fromBase64Url(id);
        } catch (IllegalArgumentException e) {
            throw unknownPasskey();
        }
    }

    private static RuntimeException unknownPasskey() {
        return WebSessions.problem(ProblemType.NOT_FOUND, "unknown-passkey", "this account has no passkey with this id");
    }

    private static void send(ServerResponse res, Object body) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Bodies.sendJson(res, 200, body);
    }
}
