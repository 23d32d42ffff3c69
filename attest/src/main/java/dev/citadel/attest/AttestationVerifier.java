package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.internal.asn1.Asn1Node;
import dev.citadel.attest.internal.asn1.Asn1Reader;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborArray;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.attest.internal.x509.CertificateFields;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies App Attest attestation objects (Apple, "Validating apps that connect to your server",
 * "Verify the attestation", steps 1–9, and the authenticator-data extension checks added in 2026).
 *
 * <h2>Security guarantees</h2>
 * A returned {@link AttestationResult} means:
 * <ol>
 *   <li>the credential certificate chains to the pinned Apple App Attestation Root CA at the clock's instant;</li>
 *   <li>its nonce extension (1.2.840.113635.100.8.2) is SHA-256(authenticatorData ‖ clientDataHash), so the
 *       authenticator data and the caller's challenge are what Apple attested;</li>
 *   <li>SHA-256 of its public key is the key id the app sent, and the credential id;</li>
 *   <li>the RP ID hash is SHA-256 of the configured App ID, the counter is 0, and the AAGUID is the
 *       configured environment's;</li>
 *   <li>the COSE credential key in authenticator data is the certificate's key;</li>
 *   <li>the extensions map, read even when the ED flag is clear, satisfies the {@link ExtensionPolicy};</li>
 *   <li>the embedded receipt is signed by a key chaining to Apple Root CA - G3, is of type ATTEST, and names
 *       this App ID, key, clientDataHash and environment.</li>
 * </ol>
 * The object is parsed strictly: CBOR with definite lengths, minimal encodings, unique keys, exactly the
 * fields {@code fmt}, {@code attStmt} ({@code x5c}, {@code receipt}) and {@code authData}, no trailing bytes.
 *
 * <h2>Does not</h2>
 * Check that the challenge is fresh and unused (the caller issues and consumes it); store anything; check
 * certificate revocation.
 */
public final class AttestationVerifier {

    /** OID of the credential certificate extension holding the nonce. */
    public static final String NONCE_EXTENSION = "1.2.840.113635.100.8.2";
    /** The only attestation statement format App Attest uses. */
    public static final String FORMAT = "apple-appattest";
    /** Largest attestation object read; Apple's are about 6 KiB. */
    public static final int MAX_OBJECT_BYTES = 64 * 1024;
    /** Most certificates accepted in x5c (Apple sends two). */
    public static final int MAX_CHAIN_LENGTH = 4;

    private final AppId appId;
    private final Environment environment;
    private final ExtensionPolicy extensionPolicy;
    private final PinnedRoot attestationRoot;
    private final ChainValidation chains;
    private final ReceiptVerifier receipts;
    private final Clock clock;

    AttestationVerifier(AppId appId, Environment environment, ExtensionPolicy extensionPolicy, PinnedRoot attestationRoot,
                        PinnedRoot receiptRoot, ChainValidation chains, Clock clock) {
        this.appId = Objects.requireNonNull(appId, "appId");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.extensionPolicy = Objects.requireNonNull(extensionPolicy, "extensionPolicy");
        this.attestationRoot = Objects.requireNonNull(attestationRoot, "attestationRoot");
        this.chains = Objects.requireNonNull(chains, "chains");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.receipts = new ReceiptVerifier(appId, environment, receiptRoot, chains, clock);
    }

    /**
     * A verifier for {@code appId} in {@code environment}: credential certificates must chain to
     * {@code attestationRoot} (Apple App Attestation Root CA) and embedded receipts to {@code receiptRoot}
     * (Apple Root CA - G3), validated by the trust module at {@code clock}'s instant.
     */
    public static AttestationVerifier create(AppId appId, Environment environment, ExtensionPolicy extensionPolicy,
                                             PinnedRoot attestationRoot, PinnedRoot receiptRoot, Clock clock) {
        return new AttestationVerifier(appId, environment, extensionPolicy, attestationRoot, receiptRoot,
                TrustChainValidation.INSTANCE, clock);
    }

    /**
     * Verifies {@code attestationObject} (CBOR) that the app produced for {@code keyId} with
     * {@code clientDataHash}.
     */
    public AttestationResult verify(KeyId keyId, byte[] attestationObject, ClientDataHash clientDataHash) {
        Parsed p = parse(attestationObject);
        AuthenticatorData authData = AuthenticatorData.parseAttestation(p.authData);

        // Step 1: the chain, at the clock's instant.
        Bytes spki = chains.validate(p.x5c, attestationRoot, ChainValidation.Purpose.ATTESTATION, clock.instant());
        P256.Signing.PublicKey key;
        try {
            key = P256.Signing.PublicKey.fromDerRepresentation(spki.toByteArray());
        } catch (CryptoKitException e) {
            throw AttestException.of(Reason.UNSUPPORTED_ALGORITHM, "credential certificate key is not P-256: " + e.reason(), e);
        }
        CertificateFields credCert = CertificateFields.parse(p.x5c.getFirst().toByteArray());

        // Steps 2–4: nonce = SHA-256(authData ‖ clientDataHash) is the certificate's nonce extension.
        byte[] nonce = SHA256.hash(p.authData, clientDataHash.value().toByteArray()).bytes();
        if (!nonceOf(credCert).contentEquals(nonce)) {
            throw AttestException.of(Reason.NONCE_MISMATCH, "the credential certificate's nonce is not SHA-256(authData ‖ clientDataHash)"
                    + " with a " + clientDataHash.form() + " clientDataHash");
        }
        // Step 5: SHA-256 of the public key is the key id.
        KeyId certKeyId = KeyId.of(key);
        if (!certKeyId.equals(keyId)) {
            throw AttestException.of(Reason.KEY_ID_MISMATCH, "certificate key id " + certKeyId + ", app sent " + keyId);
        }
        // The COSE key in authData is the certificate's key.
        if (!authData.credentialKeyX963().orElseThrow().contentEquals(key.x963Representation())) {
            throw AttestException.of(Reason.CREDENTIAL_KEY_MISMATCH, "authData's credential public key is not the certificate's");
        }
        // Step 6: RP ID hash.
        if (!authData.rpIdHash().equals(appId.rpIdHash())) {
            throw AttestException.of(Reason.RP_ID_MISMATCH, "authData's RP ID hash is not SHA-256(" + appId + ")");
        }
        // Step 7: counter 0.
        if (authData.counter() != 0) {
            throw AttestException.of(Reason.COUNTER_NOT_ZERO, "attestation counter is " + authData.counter());
        }
        // Step 8: AAGUID of the configured environment.
        Bytes aaguid = authData.aaguid().orElseThrow();
        Environment env = Environment.ofAaguid(aaguid).orElseThrow(() ->
                AttestException.of(Reason.UNKNOWN_AAGUID, "AAGUID " + aaguid.hex() + " is not an App Attest environment"));
        if (env != environment) {
            throw AttestException.of(Reason.ENVIRONMENT_MISMATCH, "a " + env + " key presented to a " + environment + " verifier");
        }
        // Step 9: credential id is the key id.
        if (!authData.credentialId().orElseThrow().equals(keyId.value())) {
            throw AttestException.of(Reason.CREDENTIAL_ID_MISMATCH, "authData's credential id is not the key id");
        }
        // 2026: the extensions.
        extensionPolicy.check(authData.extensions());

        // The embedded receipt.
        Receipt receipt = receipts.verify(p.receipt, key);
        if (receipt.type() != ReceiptType.ATTEST) {
            throw AttestException.of(Reason.RECEIPT_MISMATCH, "the attestation's receipt is of type " + receipt.type());
        }
        if (!receipt.clientDataHash().equals(clientDataHash.value())) {
            throw AttestException.of(Reason.RECEIPT_MISMATCH, "the attestation's receipt names another clientDataHash");
        }
        return new AttestationResult(appId, keyId, key, environment, authData.extensions(), receipt, credCert.der());
    }

    /** The nonce extension: {@code SEQUENCE { [1] EXPLICIT OCTET STRING (32 bytes) }}. */
    private static Bytes nonceOf(CertificateFields cert) {
        Bytes ext = cert.extension(NONCE_EXTENSION).orElseThrow(() ->
                AttestException.of(Reason.MALFORMED_CERTIFICATE, "credential certificate lacks the nonce extension " + NONCE_EXTENSION));
        try {
            Asn1Node seq = Asn1Reader.read(ext.toByteArray(), Asn1Reader.Rules.DER).expect(Asn1Node.SEQUENCE, "nonce extension")
                    .requireChildren(1, "nonce extension");
            Asn1Node tagged = seq.child(0);
            if (!tagged.is(Asn1Node.CONTEXT, 1) || !tagged.constructed()) {
                throw AttestException.of(Reason.MALFORMED_ASN1, "nonce extension: expected [1] EXPLICIT");
            }
            byte[] nonce = tagged.requireChildren(1, "nonce").child(0).expect(Asn1Node.OCTET_STRING, "nonce").content();
            if (nonce.length != 32) {
                throw AttestException.of(Reason.MALFORMED_ASN1, "nonce of " + nonce.length + " bytes");
            }
            return Bytes.of(nonce);
        } catch (AttestException e) {
            if (e.reason() != Reason.MALFORMED_ASN1 && e.reason() != Reason.TRAILING_BYTES) {
                throw e;
            }
            throw AttestException.of(Reason.MALFORMED_CERTIFICATE, "nonce extension: " + e.getMessage(), e);
        }
    }

    record Parsed(List<Bytes> x5c, byte[] receipt, byte[] authData) {}

    /** The attestation object: exactly {fmt, attStmt: {x5c, receipt}, authData}. */
    static Parsed parse(byte[] object) {
        if (object.length > MAX_OBJECT_BYTES) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "attestation object larger than MAX_OBJECT_BYTES=" + MAX_OBJECT_BYTES);
        }
        CborValue root = Cbor.decode(object);
        Map<CborValue, CborValue> top = fields(root, Set.of("fmt", "attStmt", "authData"), "attestation object");
        if (!(top.get(new CborText("fmt")) instanceof CborText(String fmt))) {
            throw malformed("fmt is not a text string");
        }
        if (!fmt.equals(FORMAT)) {
            throw AttestException.of(Reason.UNSUPPORTED_FORMAT, "fmt is \"" + fmt + "\", not \"" + FORMAT + "\"");
        }
        Map<CborValue, CborValue> stmt = fields(top.get(new CborText("attStmt")), Set.of("x5c", "receipt"), "attStmt");
        if (!(stmt.get(new CborText("x5c")) instanceof CborArray(List<CborValue> certs)) || certs.isEmpty()
                || certs.size() > MAX_CHAIN_LENGTH) {
            throw malformed("attStmt.x5c must be an array of 1 to " + MAX_CHAIN_LENGTH + " certificates");
        }
        List<Bytes> x5c = new ArrayList<>();
        for (CborValue c : certs) {
            if (!(c instanceof CborBytes(Bytes der))) {
                throw malformed("attStmt.x5c holds a " + c.kind());
            }
            x5c.add(der);
        }
        if (!(stmt.get(new CborText("receipt")) instanceof CborBytes(Bytes receipt))) {
            throw malformed("attStmt.receipt is not a byte string");
        }
        if (!(top.get(new CborText("authData")) instanceof CborBytes(Bytes authData))) {
            throw malformed("authData is not a byte string");
        }
        return new Parsed(x5c, receipt.toByteArray(), authData.toByteArray());
    }

    private static Map<CborValue, CborValue> fields(CborValue v, Set<String> names, String what) {
        if (!(v instanceof CborMap(Map<CborValue, CborValue> m))) {
            throw malformed(what + " is a " + v.kind() + ", not a map");
        }
        for (CborValue k : m.keySet()) {
            if (!(k instanceof CborText(String name)) || !names.contains(name)) {
                throw malformed(what + " has an unexpected key " + k);
            }
        }
        if (m.size() != names.size()) {
            throw malformed(what + " lacks one of " + names);
        }
        return m;
    }

    private static AttestException malformed(String message) {
        return AttestException.of(Reason.MALFORMED_ATTESTATION, message);
    }
}
