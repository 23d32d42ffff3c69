package dev.citadel.trust.ct;

/**
 * Which CT policy a {@link CtVerifier} enforces. Both need valid SCTs (signature verified over the rebuilt
 * entry, timestamp not after the validation instant) from logs in the given log list.
 */
public enum CtPolicy {
    /**
     * Apple's CT policy (support.apple.com/103214). Either at least two SCTs from currently approved logs
     * (qualified, usable, readonly) with at least one delivered by OCSP or TLS and two operators; or
     * embedded SCTs: at least one from a currently approved log and, counting once- (retired, SCT issued
     * before retirement) or currently approved logs, 2 SCTs from distinct logs with at most 1 per operator
     * for lifetimes ≤ 180 days, 3 with at most 2 per operator for 181–398 days, where the lifetime is
     * {@code ceil((notAfter − notBefore + 1 s) / 86,400 s)} days (RFC 5280 §4.1.2.5 counts both ends).
     * At least one SCT must come from an RFC 6962 log. Lifetimes over 398 days cannot comply.
     */
    APPLE,
    /**
     * Chrome's CT policy (googlechrome.github.io/CertificateTransparency/ct_policy.html, certificates
     * issued on or after 2022-04-15), as Chromium's enforcer applies it. Embedded: at least one SCT from a
     * qualified, usable or readonly log; SCTs from at least N distinct logs that are qualified, usable,
     * readonly or retired (a retired log's SCT counts only if it and the earliest SCT both predate the
     * retirement), N = 2 when {@code notAfter − notBefore ≤ 180 × 86,400 s}, else 3; two distinct
     * operators among them. OCSP or TLS: an SCT so delivered from a currently approved log, and two SCTs
     * from currently approved logs of distinct operators. Operators are taken at the SCT's time
     * ({@code previous_operators}). At least one SCT from an RFC 6962 log (Chrome's static-ct-api rule).
     */
    CHROME
}
