package dev.citadel.attest;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.cryptokit.SHA256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A root certificate accepted only if its SHA-256 fingerprint is the pinned one. Apple's roots are not
 * bundled: deployments configure the files they downloaded from Apple's PKI page, and a file that is not
 * the expected certificate fails at load time with {@code ROOT_FINGERPRINT_MISMATCH}.
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
    private static final String END = "-----END CERTIFICATE-----";

    private final Bytes certificate;
    private final Bytes fingerprint;

    private PinnedRoot(Bytes certificate, Bytes fingerprint) {
        this.certificate = certificate;
        this.fingerprint = fingerprint;
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
        return of(derOf(content), sha256Hex);
    }

    /** A DER certificate whose SHA-256 must be {@code sha256Hex}. */
    public static PinnedRoot of(byte[] der, String sha256Hex) {
        Bytes expected = Bytes.fromHex(sha256Hex);
        Bytes actual = Bytes.of(SHA256.hash(der).bytes());
        if (!actual.equals(expected)) {
            throw AttestException.of(Reason.ROOT_FINGERPRINT_MISMATCH, "root certificate SHA-256 is " + actual.hex()
                    + ", pinned " + expected.hex());
        }
        return new PinnedRoot(Bytes.of(der), actual);
    }

    private static byte[] derOf(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int begin = text.indexOf(BEGIN);
        if (begin < 0) {
            return content;
        }
        int end = text.indexOf(END, begin);
        if (end < 0 || text.indexOf(BEGIN, begin + 1) >= 0) {
            throw AttestException.of(Reason.ROOT_FINGERPRINT_MISMATCH, "root file must hold exactly one PEM certificate");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(begin + BEGIN.length(), end).strip());
        } catch (IllegalArgumentException e) {
            throw AttestException.of(Reason.ROOT_FINGERPRINT_MISMATCH, "root file PEM is not base64", e);
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

    @Override
    public String toString() {
        return "PinnedRoot[sha256=" + fingerprint.hex() + "]";
    }
}
