package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.internal.cms.SignedData;
import dev.citadel.attest.internal.x509.CertificateFields;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies App Attest receipts (Apple, "Assessing fraud risk"): the BER CMS SignedData's ECDSA signature
 * (through cryptokit), the signer chained to Apple Root CA - G3 at the clock's instant, and the payload's
 * App ID, attested key and environment.
 *
 * <h2>Security guarantees</h2>
 * A returned {@link Receipt} was signed by a key that chains to the pinned root at the validation instant,
 * over exactly the payload it reports; its App ID is the configured one and its attested certificate
 * carries the key the caller stored at attestation.
 *
 * <h2>Does not</h2>
 * Check revocation; decide what a risk metric means for your app; check freshness unless asked
 * ({@link #verifyFresh}).
 */
public final class ReceiptVerifier {

    /** How far in the future a fresh receipt's creation time may be (clock differences with Apple). */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final AppId appId;
    private final Environment environment;
    private final PinnedRoot root;
    private final ChainValidation chains;
    private final Clock clock;

    ReceiptVerifier(AppId appId, Environment environment, PinnedRoot appleRootCaG3, ChainValidation chains, Clock clock) {
        this.appId = Objects.requireNonNull(appId, "appId");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.root = Objects.requireNonNull(appleRootCaG3, "root");
        this.chains = Objects.requireNonNull(chains, "chains");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A verifier of receipts for {@code appId} in {@code environment}, whose signers must chain to
     * {@code appleRootCaG3}, validated by the trust module at {@code clock}'s instant.
     */
    public static ReceiptVerifier create(AppId appId, Environment environment, PinnedRoot appleRootCaG3, Clock clock) {
        return new ReceiptVerifier(appId, environment, appleRootCaG3, TrustChainValidation.INSTANCE, clock);
    }

    /** Verifies {@code receipt} for the key stored at attestation. */
    public Receipt verify(byte[] receipt, P256.Signing.PublicKey attestedKey) {
        Receipt r = verifySignedReceipt(receipt);
        if (!r.appId().equals(appId.value())) {
            throw AttestException.of(Reason.RECEIPT_APP_ID_MISMATCH, "receipt is for " + r.appId() + ", not " + appId);
        }
        if (!r.attestedKey().equals(attestedKey)) {
            throw AttestException.of(Reason.RECEIPT_KEY_MISMATCH, "receipt attests key " + KeyId.of(r.attestedKey())
                    + ", not " + KeyId.of(attestedKey));
        }
        if (r.environment() != environment) {
            throw AttestException.of(Reason.ENVIRONMENT_MISMATCH, "receipt is from " + r.environment() + ", verifier is " + environment);
        }
        return r;
    }

    /**
     * As {@link #verify}, and the creation time must be within {@code maxAge} before the clock's instant
     * (Apple suggests five minutes for a receipt just obtained) and no more than {@link #MAX_CLOCK_SKEW} after it.
     */
    public Receipt verifyFresh(byte[] receipt, P256.Signing.PublicKey attestedKey, Duration maxAge) {
        Receipt r = verify(receipt, attestedKey);
        Instant now = clock.instant();
        if (r.creationTime().isBefore(now.minus(maxAge))) {
            throw AttestException.of(Reason.RECEIPT_STALE, "receipt created " + r.creationTime() + ", more than " + maxAge + " before " + now);
        }
        if (r.creationTime().isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw AttestException.of(Reason.RECEIPT_STALE, "receipt created " + r.creationTime() + ", after " + now + " plus MAX_CLOCK_SKEW");
        }
        return r;
    }

    /** Signature, chain and payload syntax; no comparison with expectations. */
    Receipt verifySignedReceipt(byte[] receipt) {
        SignedData sd = SignedData.parse(receipt);
        List<CertificateFields> certs = new ArrayList<>();
        for (Bytes c : sd.certificates()) {
            certs.add(CertificateFields.parse(c.toByteArray()));
        }
        CertificateFields signer = certs.stream().filter(c -> isSigner(sd, c)).findFirst()
                .orElseThrow(() -> AttestException.of(Reason.MALFORMED_RECEIPT, "the signer's certificate is not in the receipt"));
        List<Bytes> path = new ArrayList<>();
        path.add(signer.der());
        certs.stream().filter(c -> c != signer).forEach(c -> path.add(c.der()));
        Bytes spki = chains.validate(path, root, ChainValidation.Purpose.RECEIPT, clock.instant());

        P256.Signing.PublicKey key;
        try {
            key = P256.Signing.PublicKey.fromDerRepresentation(spki.toByteArray());
        } catch (CryptoKitException e) {
            throw AttestException.of(Reason.UNSUPPORTED_ALGORITHM, "receipt signer key is not P-256: " + e.reason(), e);
        }
        byte[] signed = sd.content().toByteArray();
        if (sd.signedAttributes().isPresent()) {
            if (!sd.messageDigest().orElseThrow().contentEquals(SHA256.hash(signed).bytes())) {
                throw AttestException.of(Reason.SIGNATURE_INVALID, "message-digest attribute is not SHA-256 of the content");
            }
            signed = sd.signedAttributes().get().toByteArray();
        }
        try {
            key.verify(P256.Signing.ECDSASignature.fromDerRepresentation(sd.signature().toByteArray()), signed);
        } catch (CryptoKitException e) {
            throw AttestException.of(Reason.SIGNATURE_INVALID, "receipt signature: " + e.reason(), e);
        }
        return Receipt.fromVerifiedPayload(Bytes.of(receipt), sd.content());
    }

    private static boolean isSigner(SignedData sd, CertificateFields c) {
        if (sd.signerIssuer().isPresent()) {
            return sd.signerIssuer().get().equals(c.issuer()) && sd.signerSerial().orElseThrow().equals(c.serial());
        }
        return sd.signerKeyId().isPresent() && c.subjectKeyIdentifier().filter(sd.signerKeyId().get()::equals).isPresent();
    }

    AppId appId() {
        return appId;
    }

    Environment environment() {
        return environment;
    }
}
