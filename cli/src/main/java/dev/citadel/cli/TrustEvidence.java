package dev.citadel.cli;

import dev.citadel.trust.ct.CtException;
import dev.citadel.trust.ct.LogList;
import dev.citadel.trust.revocation.RevocationEvidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the evidence files of {@code citadel trust verify}: stapled OCSP, CRLs and a CT log list. */
final class TrustEvidence {

    /** Largest OCSP response or CRL file read (a CRL of a large CA is a few MiB). */
    static final long MAX_EVIDENCE_FILE_BYTES = 16L << 20;

    private TrustEvidence() {}

    static RevocationEvidence read(Path ocsp, List<Path> crls) {
        if (crls.size() > RevocationEvidence.MAX_SUPPLIED_CRLS) {
            throw new CliFailure("--crl: at most " + RevocationEvidence.MAX_SUPPLIED_CRLS + " CRLs", ExitCodes.USAGE);
        }
        List<byte[]> stapled = ocsp == null ? List.of() : List.of(bytes("--ocsp", ocsp, MAX_EVIDENCE_FILE_BYTES));
        List<byte[]> crlDers = new ArrayList<>();
        for (Path crl : crls) {
            crlDers.add(derOrPem("--crl", crl, "X509 CRL"));
        }
        return RevocationEvidence.of(stapled, crlDers);
    }

    static LogList readLogList(Path file) {
        try {
            return LogList.parse(bytes("--ct-log-list", file, LogList.MAX_BYTES));
        } catch (CtException e) {
            throw new CliFailure("--ct-log-list: " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    private static byte[] derOrPem(String option, Path file, String label) {
        byte[] raw = bytes(option, file, MAX_EVIDENCE_FILE_BYTES);
        String text = new String(raw, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + label + "-----";
        int start = text.indexOf(begin);
        if (start < 0) {
            return raw;
        }
        int end = text.indexOf("-----END " + label + "-----", start);
        if (end < 0) {
            throw new CliFailure(option + ": " + file + " has no END " + label + " line", ExitCodes.USAGE);
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(start + begin.length(), end));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(option + ": " + file + ": the PEM body is not base64", ExitCodes.USAGE);
        }
    }

    private static byte[] bytes(String option, Path file, long max) {
        try {
            if (Files.size(file) > max) {
                throw new CliFailure(option + ": " + file + " is larger than " + max + " bytes", ExitCodes.USAGE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliFailure(option + ": cannot read " + file + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }
}
