package dev.citadel.passkeys.attestation.internal;

import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborArray;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.passkeys.CoseAlgorithm;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.CertificateFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Strict access to an attestation statement's members (WebAuthn L3 §6.5.3 "syntax"): only the members the
 * format defines, each of its CBOR type; anything else is {@code MALFORMED_ATTESTATION_STATEMENT}.
 */
public final class Statement {

    /** Most certificates accepted in one {@code x5c} (a leaf, intermediates and possibly a root). */
    public static final int MAX_CERTIFICATES = 8;

    private final String fmt;
    private final CborMap map;

    private Statement(String fmt, CborMap map) {
        this.fmt = fmt;
        this.map = map;
    }

    /** The statement of format {@code fmt}, which must be a map whose members are all in {@code allowed}. */
    public static Statement of(String fmt, CborValue attStmt, Set<String> allowed) {
        if (!(attStmt instanceof CborMap m)) {
            throw malformed(fmt, "the statement is a " + attStmt.kind() + ", not a map");
        }
        for (CborValue k : m.entries().keySet()) {
            if (!(k instanceof CborText(String name)) || !allowed.contains(name)) {
                throw malformed(fmt, "unexpected member " + k);
            }
        }
        return new Statement(fmt, m);
    }

    public boolean has(String name) {
        return map.entries().containsKey(new CborText(name));
    }

    public CborValue value(String name) {
        CborValue v = map.entries().get(new CborText(name));
        if (v == null) {
            throw malformed(fmt, "member " + name + " is missing");
        }
        return v;
    }

    public long integer(String name) {
        if (!(value(name) instanceof CborInteger(long v))) {
            throw malformed(fmt, name + " is not an integer");
        }
        return v;
    }

    public Bytes bytes(String name) {
        if (!(value(name) instanceof CborBytes(Bytes v))) {
            throw malformed(fmt, name + " is not a byte string");
        }
        return v;
    }

    public String text(String name) {
        if (!(value(name) instanceof CborText(String v))) {
            throw malformed(fmt, name + " is not a text string");
        }
        return v;
    }

    /** {@code alg} as a COSE algorithm Citadel implements; {@code UNSUPPORTED_ALGORITHM} otherwise. */
    public CoseAlgorithm alg() {
        long id = integer("alg");
        return CoseAlgorithm.of(id).orElseThrow(() -> PasskeyException.of(Reason.UNSUPPORTED_ALGORITHM,
                fmt + ": COSE algorithm " + id + " is not implemented"));
    }

    /** {@code x5c} when present: a non-empty array of DER certificates, leaf first. */
    public Optional<List<Certificate>> x5c() {
        if (!has("x5c")) {
            return Optional.empty();
        }
        if (!(value("x5c") instanceof CborArray(List<CborValue> items)) || items.isEmpty()) {
            throw malformed(fmt, "x5c is not a non-empty array");
        }
        if (items.size() > MAX_CERTIFICATES) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, fmt + ": x5c holds " + items.size()
                    + " certificates, more than MAX_CERTIFICATES=" + MAX_CERTIFICATES);
        }
        List<Certificate> out = new ArrayList<>(items.size());
        for (CborValue item : items) {
            if (!(item instanceof CborBytes(Bytes der))) {
                throw malformed(fmt, "an x5c element is a " + item.kind() + ", not a byte string");
            }
            out.add(certificate(fmt, der.toByteArray()));
        }
        return Optional.of(List.copyOf(out));
    }

    /** Parses one DER certificate; {@code MALFORMED_CERTIFICATE} when it does not parse strictly. */
    public static Certificate certificate(String fmt, byte[] der) {
        try {
            return Certificate.parse(der);
        } catch (CertificateFormatException e) {
            throw PasskeyException.of(Reason.MALFORMED_CERTIFICATE, fmt + ": " + e.getMessage(), e);
        }
    }

    public static PasskeyException malformed(String fmt, String why) {
        return PasskeyException.of(Reason.MALFORMED_ATTESTATION_STATEMENT, fmt + ": " + why);
    }

    /** {@code ATTESTATION_INVALID} naming the format and the failed step. */
    public static PasskeyException invalid(String fmt, String step) {
        return PasskeyException.of(Reason.ATTESTATION_INVALID, fmt + ": " + step);
    }
}
