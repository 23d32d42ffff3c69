package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.internal.asn1.Asn1Node;
import dev.citadel.attest.internal.asn1.Asn1Reader;
import dev.citadel.attest.internal.x509.CertificateFields;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A verified App Attest receipt: its signature checked, its signer chained to Apple Root CA - G3, its App
 * ID, attested key and environment matched. Only {@link ReceiptVerifier} (and the attestation verifier,
 * through it) constructs one.
 *
 * <p>The payload is a SET of {@code SEQUENCE { INTEGER type, INTEGER version, OCTET STRING value }}; this
 * class reads types 2, 3, 4, 5, 6, 7, 12, 17, 19 and 21 and ignores types it does not know.
 */
public final class Receipt {

    /** Most payload fields accepted. Apple's receipts carry ten. */
    public static final int MAX_FIELDS = 64;
    /** Largest risk metric accepted (Apple reports small counts). */
    public static final int MAX_RISK_METRIC = 1_000_000;

    private final Bytes raw;
    private final String appId;
    private final Bytes attestedCertificate;
    private final P256.Signing.PublicKey attestedKey;
    private final Bytes clientDataHash;
    private final String token;
    private final ReceiptType type;
    private final Environment environment;
    private final Instant creationTime;
    private final OptionalInt riskMetric;
    private final Optional<Instant> notBefore;
    private final Instant expirationTime;

    private Receipt(Bytes raw, Map<Integer, byte[]> f) {
        this.raw = raw;
        this.appId = text(f, 2, "app id");
        this.attestedCertificate = Bytes.of(required(f, 3, "attested certificate"));
        this.attestedKey = keyOf(attestedCertificate);
        this.clientDataHash = Bytes.of(required(f, 4, "client data hash"));
        this.token = text(f, 5, "token");
        String t = text(f, 6, "type");
        this.type = switch (t) {
            case "ATTEST" -> ReceiptType.ATTEST;
            case "RECEIPT" -> ReceiptType.RECEIPT;
            default -> throw malformed("receipt type " + t);
        };
        String env = text(f, 7, "environment");
        this.environment = Environment.ofReceiptValue(env).orElseThrow(() -> malformed("receipt environment " + env));
        this.creationTime = time(f, 12, "creation time");
        this.riskMetric = f.containsKey(17) ? OptionalInt.of(riskMetric(text(f, 17, "risk metric"))) : OptionalInt.empty();
        this.notBefore = f.containsKey(19) ? Optional.of(time(f, 19, "not before")) : Optional.empty();
        this.expirationTime = time(f, 21, "expiration time");
    }

    /** Reads the payload of a receipt whose signature and chain the caller has checked. */
    static Receipt fromVerifiedPayload(Bytes raw, Bytes payload) {
        Asn1Node set;
        try {
            set = Asn1Reader.read(payload.toByteArray(), Asn1Reader.Rules.DER).expect(Asn1Node.SET, "receipt payload");
        } catch (AttestException e) {
            if (e.reason() != Reason.MALFORMED_ASN1) {
                throw e;
            }
            throw AttestException.of(Reason.MALFORMED_RECEIPT, "payload: " + e.getMessage(), e);
        }
        if (set.children().size() > MAX_FIELDS) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "receipt payload has more than MAX_FIELDS=" + MAX_FIELDS + " fields");
        }
        Map<Integer, byte[]> fields = new HashMap<>();
        try {
            for (Asn1Node item : set.children()) {
                item.expect(Asn1Node.SEQUENCE, "receipt field").requireChildren(3, "receipt field");
                int type = item.child(0).smallInt("receipt field type");
                item.child(1).integer();
                byte[] value = item.child(2).expect(Asn1Node.OCTET_STRING, "receipt field value").content();
                if (fields.putIfAbsent(type, value) != null) {
                    throw malformed("receipt field " + type + " appears twice");
                }
            }
        } catch (AttestException e) {
            if (e.reason() != Reason.MALFORMED_ASN1) {
                throw e;
            }
            throw AttestException.of(Reason.MALFORMED_RECEIPT, "payload: " + e.getMessage(), e);
        }
        return new Receipt(raw, fields);
    }

    private static byte[] required(Map<Integer, byte[]> f, int type, String what) {
        byte[] v = f.get(type);
        if (v == null) {
            throw malformed("receipt lacks field " + type + " (" + what + ")");
        }
        return v;
    }

    private static String text(Map<Integer, byte[]> f, int type, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(required(f, type, what))).toString();
        } catch (CharacterCodingException e) {
            throw AttestException.of(Reason.MALFORMED_RECEIPT, "receipt field " + type + " (" + what + ") is not UTF-8", e);
        }
    }

    private static Instant time(Map<Integer, byte[]> f, int type, String what) {
        String s = text(f, type, what);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw AttestException.of(Reason.MALFORMED_RECEIPT, "receipt field " + type + " (" + what + ") is not an ISO 8601 instant", e);
        }
    }

    private static int riskMetric(String s) {
        if (!s.matches("[0-9]{1,7}") || Integer.parseInt(s) > MAX_RISK_METRIC) {
            throw malformed("risk metric " + s);
        }
        return Integer.parseInt(s);
    }

    private static P256.Signing.PublicKey keyOf(Bytes certificate) {
        CertificateFields fields = CertificateFields.parse(certificate.toByteArray());
        try {
            return P256.Signing.PublicKey.fromDerRepresentation(fields.spki().toByteArray());
        } catch (CryptoKitException e) {
            throw AttestException.of(Reason.UNSUPPORTED_ALGORITHM, "attested certificate key is not P-256: " + e.reason(), e);
        }
    }

    private static AttestException malformed(String message) {
        return AttestException.of(Reason.MALFORMED_RECEIPT, message);
    }

    /** The receipt as received (BER CMS), for storage and the next refresh. */
    public Bytes raw() {
        return raw;
    }

    /** Field 2: the App ID, {@code TEAMID.bundle.id}. */
    public String appId() {
        return appId;
    }

    /** Field 3: the attested credential certificate (DER). */
    public Bytes attestedCertificate() {
        return attestedCertificate;
    }

    /** The public key of {@link #attestedCertificate()}. */
    public P256.Signing.PublicKey attestedKey() {
        return attestedKey;
    }

    /** Field 4: the clientDataHash of the attestation. */
    public Bytes clientDataHash() {
        return clientDataHash;
    }

    /** Field 5: the opaque token Apple uses to track the key. */
    public String token() {
        return token;
    }

    /** Field 6. */
    public ReceiptType type() {
        return type;
    }

    /** Field 7. */
    public Environment environment() {
        return environment;
    }

    /** Field 12. */
    public Instant creationTime() {
        return creationTime;
    }

    /** Field 17: the approximate number of keys attested for this app on the device in 30 days (refreshed receipts). */
    public OptionalInt riskMetric() {
        return riskMetric;
    }

    /** Field 19: the earliest time a refresh is answered (refreshed receipts). */
    public Optional<Instant> notBefore() {
        return notBefore;
    }

    /** Field 21: after this time the receipt can no longer be refreshed. */
    public Instant expirationTime() {
        return expirationTime;
    }

    @Override
    public String toString() {
        return "Receipt[" + type + ", " + appId + ", " + environment + ", created " + creationTime
                + riskMetric.stream().mapToObj(r -> ", risk " + r).findFirst().orElse("") + "]";
    }
}
