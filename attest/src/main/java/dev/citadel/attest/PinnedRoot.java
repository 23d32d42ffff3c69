package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.TrustAnchor;
import dev.citadel.trust.TrustException;
import dev.citadel.trust.TrustStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A root certificate accepted only if its SHA-256 fingerprint is the pinned one. Apple's roots are not
 * bundled: deployments configure the files they downloaded from Apple's PKI page, and a file that is not
 * the expected certificate fails at load time with {@code ROOT_FINGERPRINT_MISMATCH}.
 *
 * <p>The fingerprint check and the anchor are the trust module's ({@code dev.citadel.trust.PinnedRoot}); this
 * type names the two roots App Attest uses, reads PEM or DER files, and keeps App Attest's one exception family.
 *
 * <pre>{@code
 * PinnedRoot attestation = PinnedRoot.appAttestationRoot(Path.of("Apple_App_Attestation_Root_CA.pem"));
 * PinnedRoot receipts = PinnedRoot.appleRootCaG3(Path.of("AppleRootCA-G3.pem"));
 * }</pre>
 */
public final class PinnedRoot {

    /** SHA-256 of "Apple App Attestation Root CA" (DER), the anchor of attestation chains. */
    public static final String APP_ATTESTATION_ROOT_SHA256 = "1cb9823ba28ba6ad2d33a006941de2ae4f513ef1d4e831b9f7e0fa7b6242c932";
    /** SHA-256 of "Apple Root CA - G3" (DER), the anchor of receipt signers. */
    public static final String APPLE_ROOT_CA_G3_SHA256 = "63343abfb89a6a03ebb57e9b3f5fa7be7c4f5c756f3017b3a8c488c3653e9179";
    /** Largest root file read. */
    public static final int MAX_ROOT_FILE_BYTES = 64 * 1024;

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";

    private final TrustAnchor anchor;
    private final TrustStore store;
    private final Bytes certificate;
    private final Bytes fingerprint;

    private PinnedRoot(TrustAnchor anchor) {
        this.anchor = anchor;
        this.store = TrustStore.of(anchor);
        this.certificate = Bytes.of(anchor.certificate().encoded());
        this.fingerprint = Bytes.fromHex(anchor.certificate().sha256Fingerprint());
    }

    /** Loads the App Attestation root from a PEM or DER file and checks its pinned fingerprint. */
    public static PinnedRoot appAttestationRoot(Path file) {
        return load(file, APP_ATTESTATION_ROOT_SHA256);
    }

    /** Loads Apple Root CA - G3 from a PEM or DER file and checks its pinned fingerprint. */
    public static PinnedRoot appleRootCaG3(Path file) {
        return load(file, APPLE_ROOT_CA_G3_SHA256);
    }

    /** Loads a PEM or DER certificate file whose SHA-256 must be {@code sha256Hex}. I/O failures are unchecked. */
    public static PinnedRoot load(Path file, String sha256Hex) {
        byte[] content;
        try {
            if (Files.size(file) > MAX_ROOT_FILE_BYTES) {
                throw AttestException.of(Reason.LIMIT_EXCEEDED, file + " is larger than MAX_ROOT_FILE_BYTES=" + MAX_ROOT_FILE_BYTES);
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read root certificate " + file, e);
        }
        return pin(parse(content), sha256Hex);
    }

    /** A DER certificate whose SHA-256 must be {@code sha256Hex}. */
    public static PinnedRoot of(byte[] der, String sha256Hex) {
        return pin(parse(der), sha256Hex);
    }

    private static PinnedRoot pin(Certificate certificate, String sha256Hex) {
        try {
            return new PinnedRoot(dev.citadel.trust.PinnedRoot.of(certificate, sha256Hex));
        } catch (TrustException e) {
            throw AttestException.of(Reason.ROOT_FINGERPRINT_MISMATCH, e.getMessage(), e);
        }
    }

    /** One certificate, PEM (exactly one block) or DER. */
    private static Certificate parse(byte[] content) {
        try {
            if (!new String(content, StandardCharsets.ISO_8859_1).contains(BEGIN)) {
                return Certificate.parse(content);
            }
            List<Certificate> certs = Certificate.parsePem(content);
            if (certs.size() != 1) {
                throw AttestException.of(Reason.ROOT_FINGERPRINT_MISMATCH, "root file must hold exactly one PEM certificate, not " + certs.size());
            }
            return certs.getFirst();
        } catch (TrustException e) {
            throw AttestException.of(Reason.ROOT_FINGERPRINT_MISMATCH, "root file is not a certificate: " + e.getMessage(), e);
        }
    }

    /** The DER certificate. */
    public Bytes certificate() {
        return certificate;
    }

    /** Its SHA-256. */
    public Bytes fingerprint() {
        return fingerprint;
    }

    /** The trust anchor. */
    TrustAnchor anchor() {
        return anchor;
    }

    /** A trust store holding exactly this root. */
    TrustStore trustStore() {
        return store;
    }

    @Override
    public String toString() {
        return "PinnedRoot[sha256=" + fingerprint.hex() + "]";
    }
}
