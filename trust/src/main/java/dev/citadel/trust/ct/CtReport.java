package dev.citadel.trust.ct;

import dev.citadel.trust.ct.CtException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CT verdicts as plain JSON-ready data, for the command line ({@code citadel trust verify …
 * --ct-log-list FILE}) and HTTP answers: maps, lists, strings, numbers and booleans only, in a stable key
 * order, so any JSON writer serialises them without annotations.
 */
public final class CtReport {

    /** Largest PEM chain file read: a chain of 10 large certificates is under 64 KiB. */
    public static final int MAX_PEM_BYTES = 1 << 20;
    /** Most certificates read from one PEM chain. */
    public static final int MAX_CHAIN_LENGTH = 16;

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----\\r?\\n([A-Za-z0-9+/=\\r\\n]+?)-----END CERTIFICATE-----");

    private CtReport() {}

    /**
     * Reads a PEM chain (leaf first, then its issuer) and a v3 log-list file, evaluates the leaf's SCTs
     * (embedded; pass {@code ocspDer} to add a stapled response, or null) under {@code policy} at
     * {@code at}, and returns {@link #toJson(CtVerdict)}. Unreadable files or malformed input throw
     * {@link CtException}.
     */
    public static Map<String, Object> evaluatePemChain(Path chainPem, Path logListJson, Instant at, CtPolicy policy,
            byte[] ocspDer) {
        List<byte[]> chain = readPemChain(chainPem);
        if (chain.size() < 2) {
            throw new CtException(Reason.MISSING_ISSUER, chainPem + " must hold the leaf and its issuer");
        }
        LogList logs = LogList.parse(read(logListJson, LogList.MAX_BYTES, Reason.MALFORMED_LOG_LIST));
        CtInput input = CtInput.of(chain.get(0), chain.get(1));
        if (ocspDer != null) {
            input = input.withOcspResponse(ocspDer);
        }
        return toJson(new CtVerifier(logs, policy).evaluate(input, at));
    }

    /** The certificates of a PEM file, in order, as DER. */
    public static List<byte[]> readPemChain(Path chainPem) {
        String text = new String(read(chainPem, MAX_PEM_BYTES, Reason.MALFORMED_CERTIFICATE), StandardCharsets.US_ASCII);
        Matcher m = PEM.matcher(text);
        List<byte[]> out = new ArrayList<>();
        while (m.find()) {
            if (out.size() == MAX_CHAIN_LENGTH) {
                throw new CtException(Reason.LIMIT_EXCEEDED, "more than " + MAX_CHAIN_LENGTH + " certificates in " + chainPem);
            }
            try {
                out.add(Base64.getMimeDecoder().decode(m.group(1)));
            } catch (IllegalArgumentException e) {
                throw new CtException(Reason.MALFORMED_CERTIFICATE, "bad base64 in " + chainPem);
            }
        }
        return out;
    }

    /** The verdict as ordered maps and lists. */
    public static Map<String, Object> toJson(CtVerdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy", verdict.policy().name());
        out.put("compliant", verdict instanceof CtVerdict.Compliant);
        if (verdict instanceof CtVerdict.NonCompliant n) {
            out.put("reason", n.reason().name());
            out.put("detail", n.detail());
        }
        out.put("route", verdict.route().name());
        out.put("at", verdict.at().toString());
        out.put("lifetimeDays", verdict.lifetimeDays());
        out.put("requiredScts", verdict.required());
        out.put("countedScts", verdict.counted().size());
        List<Object> scts = new ArrayList<>();
        for (SctFinding finding : verdict.scts()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("index", finding.index());
            s.put("source", finding.source().name());
            s.put("logId", finding.logId().base64());
            finding.log().ifPresent(log -> s.put("log", log));
            finding.operator().ifPresent(operator -> s.put("operator", operator));
            finding.api().ifPresent(api -> s.put("logApi", api.name()));
            s.put("timestamp", finding.timestamp().toString());
            s.put("disposition", finding.disposition().name());
            s.put("detail", finding.detail());
            scts.add(s);
        }
        out.put("scts", scts);
        List<Object> problems = new ArrayList<>();
        for (InputProblem problem : verdict.problems()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("source", problem.source().name());
            p.put("reason", problem.reason().name());
            p.put("detail", problem.detail());
            problems.add(p);
        }
        out.put("problems", problems);
        return out;
    }

    private static byte[] read(Path file, int limit, Reason reason) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new CtException(Reason.LIMIT_EXCEEDED, file + " is " + size + " bytes (limit " + limit + ")");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CtException(reason, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
