package dev.citadel.passkeys.attestation;

import dev.citadel.trust.Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One authenticator of a FIDO metadata BLOB (MDS3 §3.1.1 MetadataBLOBPayloadEntry), as far as attestation
 * trust uses it.
 *
 * @param aaguid the AAGUID in lower-case UUID form (FIDO2 authenticators)
 * @param attestationCertificateKeyIdentifiers lower-case hex SHA-1 key identifiers (U2F authenticators)
 * @param description the metadata statement's description, for people
 * @param icon the metadata statement's icon as a {@code data:} URL, if any
 * @param attestationRootCertificates the roots the vendor's attestation chains lead to
 * @param statusReports the status history, as listed
 */
public record MetadataEntry(Optional<String> aaguid, List<String> attestationCertificateKeyIdentifiers, String description,
        Optional<String> icon, List<Certificate> attestationRootCertificates, List<StatusReport> statusReports) {

    public MetadataEntry {
        Objects.requireNonNull(aaguid, "aaguid");
        attestationCertificateKeyIdentifiers = List.copyOf(attestationCertificateKeyIdentifiers);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(icon, "icon");
        attestationRootCertificates = List.copyOf(attestationRootCertificates);
        statusReports = List.copyOf(statusReports);
    }

    /**
     * One status report (MDS3 §3.1.3).
     *
     * @param status the status
     * @param effectiveDate from when it applies; absent means always
     * @param certificate for ATTESTATION_KEY_COMPROMISE: the compromised attestation certificate, if the report names one
     */
    public record StatusReport(AuthenticatorStatus status, Optional<LocalDate> effectiveDate, Optional<Certificate> certificate) {
        public StatusReport {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(effectiveDate, "effectiveDate");
            Objects.requireNonNull(certificate, "certificate");
        }

        /** Whether the report is in effect at {@code at} (from the start of its effective date, UTC). */
        public boolean effectiveAt(Instant at) {
            return effectiveDate.map(d -> !at.isBefore(d.atStartOfDay(ZoneOffset.UTC).toInstant())).orElse(true);
        }
    }

    /**
     * The first report in effect at {@code at} whose status voids trust in an attestation with
     * {@code trustPath}: a compromised-attestation-key report that names a certificate applies only when that
     * certificate is in the path.
     */
    public Optional<StatusReport> voidingReport(Instant at, List<Certificate> trustPath) {
        return statusReports.stream()
                .filter(r -> r.status().voidsTrust() && r.effectiveAt(at))
                .filter(r -> r.status() != AuthenticatorStatus.ATTESTATION_KEY_COMPROMISE || r.certificate().isEmpty()
                        || trustPath.contains(r.certificate().get()))
                .findFirst();
    }
}
