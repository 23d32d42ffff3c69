package dev.citadel.server.passwords;

import dev.citadel.passwords.AppleFormat;
import dev.citadel.passwords.BreachCheckException;
import dev.citadel.passwords.GeneratedPassword;
import dev.citadel.passwords.PasswordRulesException;
import dev.citadel.passwords.StrongPasswordGenerator;
import dev.citadel.passwords.UnsatisfiableRulesException;
import dev.citadel.passwords.breach.BreachChecker;
import dev.citadel.passwords.rules.ParsedPasswordRules;
import dev.citadel.passwords.rules.PasswordRules;
import dev.citadel.passwords.rules.PasswordRulesParser;
import dev.citadel.passwords.strength.Finding;
import dev.citadel.passwords.strength.PasswordStrength;
import dev.citadel.passwords.strength.PasswordUse;
import dev.citadel.passwords.strength.StrengthReport;
import dev.citadel.server.http.Bodies;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Automatic strong passwords over HTTP, for the sign-up and account pages that use passwords: generate
 * (Apple format or a site's {@code passwordrules}), parse rules, check a candidate (SP 800-63B findings,
 * zxcvbn, breach corpus), and {@code /.well-known/change-password}.
 *
 * <pre>
 * curl -s -H 'Content-Type: application/json' -d '{}' http://localhost:8080/passwords/generate
 * curl -s -H 'Content-Type: application/json' -d '{"rules":"minlength: 8; maxlength: 12; required: digit;"}' \
 *      http://localhost:8080/passwords/generate
 * curl -s -H 'Content-Type: application/json' -d '{"password":"…","contextWords":["alice"]}' \
 *      http://localhost:8080/passwords/check
 * </pre>
 *
 * <h2>Security guarantees</h2>
 * Passwords travel only in bodies: any query string on these routes is refused (and never logged), so a
 * password cannot reach the access log. Responses carrying a password are {@code Cache-Control: no-store}.
 * Bodies are bounded per route.
 */
public final class PasswordsService implements HttpService {

    /** Largest generate or parse body: a rule is at most {@link PasswordRulesParser#MAX_RULE_CHARS} characters. */
    public static final int MAX_RULES_BODY_BYTES = 4 * 1024;
    /** Largest check body: 1,024 code points are at most 4 KiB of UTF-8, plus context words. */
    public static final int MAX_CHECK_BODY_BYTES = 8 * 1024;

    private final StrongPasswordGenerator generator;
    private final PasswordStrength strength;
    private final Optional<BreachChecker> breach;
    private final Optional<String> changePasswordUrl;

    public PasswordsService(StrongPasswordGenerator generator, PasswordStrength strength, Optional<BreachChecker> breach,
            Optional<String> changePasswordUrl) {
        this.generator = generator;
        this.strength = strength;
        this.breach = breach;
        this.changePasswordUrl = changePasswordUrl;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/passwords/generate", this::generate);
        rules.post("/passwords/rules/parse", this::parseRules);
        rules.post("/passwords/check", this::check);
        rules.get("/.well-known/change-password", this::changePassword);
    }

    /** Body of {@code POST /passwords/generate}: both members optional. */
    record GenerateRequest(String rules, Boolean apple) {}

    /** Body of {@code POST /passwords/rules/parse}. */
    record ParseRequest(String rules) {}

    /** Body of {@code POST /passwords/check}; {@code use} is single-factor (default) or multi-factor. */
    record CheckRequest(String password, List<String> contextWords, String use) {}

    private void generate(ServerRequest req, ServerResponse res) {
        refuseQuery(req);
        GenerateRequest body = Bodies.readJson(req, MAX_RULES_BODY_BYTES, GenerateRequest.class);
        boolean apple = Boolean.TRUE.equals(body.apple());
        Optional<PasswordRules> rules = Optional.ofNullable(body.rules()).map(r -> parse(r).rules());
        GeneratedPassword password;
        try {
            password = rules.map(r -> apple ? generator.appleFormat(r) : generator.forRules(r))
                    .orElseGet(generator::appleFormat);
        } catch (UnsatisfiableRulesException e) {
            throw new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED, e.getMessage())
                    .with("reason", wire(e.reason())), Map.of());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("password", password.reveal());
        out.put("format", wire(password.format()));
        out.put("length", password.length());
        if (password.format() == GeneratedPassword.Format.APPLE) {
            out.put("entropyBits", Math.round(AppleFormat.entropyBits() * 100) / 100.0);
        }
        rules.ifPresent(r -> out.put("rules", r.canonical()));
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Bodies.sendJson(res, 200, out);
    }

    private void parseRules(ServerRequest req, ServerResponse res) {
        refuseQuery(req);
        ParseRequest body = Bodies.readJson(req, MAX_RULES_BODY_BYTES, ParseRequest.class);
        if (body.rules() == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "rules is required");
        }
        ParsedPasswordRules parsed = parse(body.rules());
        Bodies.sendJson(res, 200, Map.of("canonical", parsed.rules().canonical(), "warnings", parsed.warnings().stream()
                .map(w -> Map.of("kind", wire(w.kind()), "position", w.position(), "detail", w.detail())).toList()));
    }

    private void check(ServerRequest req, ServerResponse res) {
        refuseQuery(req);
        CheckRequest body = Bodies.readJson(req, MAX_CHECK_BODY_BYTES, CheckRequest.class);
        if (body.password() == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "password is required");
        }
        PasswordUse use = switch (body.use() == null ? "single-factor" : body.use()) {
            case "single-factor" -> PasswordUse.SINGLE_FACTOR;
            case "multi-factor" -> PasswordUse.MULTI_FACTOR;
            default -> throw new ProblemException(ProblemType.VALIDATION_FAILED, "use must be single-factor or multi-factor");
        };
        StrengthReport report = strength.check(body.password(), use,
                body.contextWords() == null ? List.of() : body.contextWords());
        Map<String, Object> breachOut = new LinkedHashMap<>();
        if (breach.isEmpty()) {
            breachOut.put("status", "not-checked");
        } else if (report.findings().stream().anyMatch(f -> f.code() == Finding.Code.TOO_LONG)) {
            breachOut.put("status", "not-checked");
        } else {
            try {
                long seen = breach.get().check(body.password()).occurrences();
                breachOut.put("status", seen > 0 ? "found" : "not-found");
                breachOut.put("occurrences", seen);
                if (seen > 0) {
                    report = report.with(new Finding(Finding.Code.BREACHED, "seen " + seen + " times in data breaches"));
                }
            } catch (BreachCheckException e) {
                breachOut.put("status", "unavailable");
                breachOut.put("reason", wire(e.reason()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("acceptable", report.acceptable());
        out.put("score", report.score());
        out.put("guessesLog10", Math.round(report.guessesLog10() * 100) / 100.0);
        out.put("length", report.length());
        out.put("warning", report.warning());
        out.put("suggestions", report.suggestions());
        out.put("findings", report.findings().stream().map(f -> Map.of("code", wire(f.code()), "refusal",
                f.code().refusal(), "detail", f.detail())).toList());
        out.put("breach", breachOut);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Bodies.sendJson(res, 200, out);
    }

    /** W3C "A Well-Known URL for Changing Passwords": redirect to the configured page. */
    private void changePassword(ServerRequest req, ServerResponse res) {
        String target = changePasswordUrl.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no change-password page is configured (passwords.change-password-url)"));
        res.status(302);
        res.header(HeaderNames.LOCATION, target);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send();
    }

    private static ParsedPasswordRules parse(String rules) {
        try {
            return PasswordRulesParser.parse(rules);
        } catch (PasswordRulesException e) {
            throw new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED, e.getMessage())
                    .with("reason", wire(e.reason())).with("position", e.position()), Map.of());
        }
    }

    private static void refuseQuery(ServerRequest req) {
        if (!req.query().rawValue().isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST,
                    "this operation takes no query parameters: send passwords and rules in the JSON body only");
        }
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
