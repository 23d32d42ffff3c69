package dev.citadel.passkeys.attestation;

import dev.citadel.cryptokit.Insecure;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.attestation.AttestationVerdict.Untrusted;
import dev.citadel.passkeys.attestation.AttestationVerdict.UntrustedReason;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.TrustAnchor;
import dev.citadel.trust.TrustEvaluator;
import dev.citadel.trust.TrustPolicy;
import dev.citadel.trust.TrustReason;
import dev.citadel.trust.TrustResult;
import dev.citadel.trust.TrustStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Attestation trust from configured anchors and, optionally, a FIDO metadata BLOB (WebAuthn L3 §7.1
 * steps 23–24).
 *
 * <ul>
 *   <li>{@code none} → {@link AttestationVerdict.NoAttestation}; self attestation → {@link AttestationVerdict.SelfAttested}.</li>
 *   <li>An authenticator whose metadata entry (by AAGUID, else by the attestation certificate's key
 *       identifier) reports a status that voids trust (revoked, a compromised key, user-verification
 *       bypass) → {@code Untrusted(METADATA_STATUS)}.</li>
 *   <li>A certificate path is validated by the trust module (policy {@link TrustPolicy.Attestation}, at
 *       the ceremony's time) against the configured anchors plus the entry's attestation roots while the
 *       BLOB is fresh: {@code Trusted}, or {@code Untrusted(NO_TRUST_ANCHOR)} when it reaches no anchor —
 *       including a chain that ends in a self-signed root the relying party never configured — or
 *       {@code Untrusted(CHAIN_INVALID)} when it reaches one but fails validation.</li>
 *   <li>With {@link Builder#requireMetadata(boolean)}, an attestation with no metadata entry is
 *       {@code Untrusted(NOT_IN_METADATA)}.</li>
 *   <li>{@code compound}: every statement is judged; the verdict is the weakest (untrusted, then none,
 *       then self, then trusted).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; replace the metadata with {@link #withMetadata(MetadataBlob)}.
 */
public final class AttestationTrustPolicy implements AttestationTrust {

    private static final TrustPolicy POLICY = new TrustPolicy.Attestation();
    private static final Bytes ZERO_AAGUID = Bytes.of(new byte[16]);

    private final List<TrustAnchor> anchors;
    private final Optional<MetadataBlob> metadata;
    private final boolean requireMetadata;

    private AttestationTrustPolicy(List<TrustAnchor> anchors, Optional<MetadataBlob> metadata, boolean requireMetadata) {
        this.anchors = List.copyOf(anchors);
        this.metadata = metadata;
        this.requireMetadata = requireMetadata;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same policy with {@code newer} metadata; {@code METADATA_ROLLBACK} unless its serial number is above
     * the current BLOB's.
     */
    public AttestationTrustPolicy withMetadata(MetadataBlob newer) {
        MetadataBlob accepted = metadata.map(m -> m.requireNewer(newer)).orElse(newer);
        return new AttestationTrustPolicy(anchors, Optional.of(accepted), requireMetadata);
    }

    /** The metadata BLOB in use. */
    public Optional<MetadataBlob> metadata() {
        return metadata;
    }

    /** Description and icon of the authenticator model with {@code aaguid}, for the server's passkey list. */
    public Optional<AuthenticatorInfo> authenticator(Bytes aaguid) {
        return metadata.flatMap(m -> m.byAaguid(aaguid))
                .map(e -> new AuthenticatorInfo(e.aaguid().orElseThrow(), e.description(), e.icon()));
    }

    @Override
    public AttestationVerdict evaluate(VerifiedStatement statement, Bytes aaguid, Instant at) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(aaguid, "aaguid");
        Objects.requireNonNull(at, "at");
        if (!statement.components().isEmpty()) {
            return compound(statement, aaguid, at);
        }
        if (statement.type() == AttestationType.NONE) {
            return new AttestationVerdict.NoAttestation();
        }
        Optional<MetadataEntry> entry = entry(statement, aaguid);
        if (entry.isPresent()) {
            Optional<MetadataEntry.StatusReport> report = entry.get().voidingReport(at, statement.trustPath());
            if (report.isPresent()) {
                return new Untrusted(statement, UntrustedReason.METADATA_STATUS, "metadata reports "
                        + report.get().status().mdsName() + report.get().effectiveDate().map(d -> " since " + d).orElse("")
                        + " for " + entry.get().description());
            }
        }
        if (statement.type() == AttestationType.SELF) {
            return new AttestationVerdict.SelfAttested(statement);
        }
        if (statement.trustPath().isEmpty()) {
            return new Untrusted(statement, UntrustedReason.NO_TRUST_ANCHOR, "the statement carries no certificate");
        }
        if (requireMetadata && entry.isEmpty()) {
            return new Untrusted(statement, UntrustedReason.NOT_IN_METADATA, "no metadata entry for AAGUID " + aaguid.hex()
                    + " or the attestation key");
        }
        List<TrustAnchor> all = new ArrayList<>(anchors);
        boolean fresh = metadata.isPresent() && !metadata.get().isStale(at);
        if (entry.isPresent() && fresh) {
            entry.get().attestationRootCertificates().forEach(c -> all.add(TrustAnchor.of(c)));
        }
        if (all.isEmpty()) {
            return new Untrusted(statement, UntrustedReason.NO_TRUST_ANCHOR, "no trust anchor is configured"
                    + (entry.isPresent() && !fresh ? " (the metadata BLOB is stale)" : ""));
        }
        TrustResult result = TrustEvaluator.builder(TrustStore.of(all)).clock(Clock.fixed(at, ZoneOffset.UTC)).build()
                .evaluate(statement.trustPath(), POLICY);
        if (result.result().trusted()) {
            String description = entry.map(MetadataEntry::description).filter(d -> !d.isEmpty())
                    .orElse(statement.trustPath().getFirst().subject());
            return new AttestationVerdict.Trusted(statement, description);
        }
        boolean noAnchor = result.problems().stream().anyMatch(p -> p.reason() == TrustReason.ISSUER_NOT_FOUND);
        return new Untrusted(statement, noAnchor ? UntrustedReason.NO_TRUST_ANCHOR : UntrustedReason.CHAIN_INVALID,
                result.explanation());
    }

    private AttestationVerdict compound(VerifiedStatement statement, Bytes aaguid, Instant at) {
        AttestationVerdict weakest = null;
        for (VerifiedStatement s : statement.components()) {
            AttestationVerdict v = evaluate(s, aaguid, at);
            if (weakest == null || rank(v) < rank(weakest)) {
                weakest = v;
            }
        }
        return switch (weakest) {
            case AttestationVerdict.Trusted t -> new AttestationVerdict.Trusted(statement, t.authenticatorDescription());
            case AttestationVerdict.SelfAttested s -> new AttestationVerdict.SelfAttested(statement);
            case AttestationVerdict.NoAttestation n -> n;
            case Untrusted u -> new Untrusted(statement, u.reason(), u.statement().fmt() + ": " + u.detail());
            case null -> throw new IllegalStateException("compound statement without components");
        };
    }

    private static int rank(AttestationVerdict v) {
        return switch (v) {
            case Untrusted u -> 0;
            case AttestationVerdict.NoAttestation n -> 1;
            case AttestationVerdict.SelfAttested s -> 2;
            case AttestationVerdict.Trusted t -> 3;
        };
    }

    /** The metadata entry by AAGUID, or for an all-zero AAGUID (U2F) by the leaf's key identifier. */
    private Optional<MetadataEntry> entry(VerifiedStatement statement, Bytes aaguid) {
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        if (!aaguid.equals(ZERO_AAGUID)) {
            Optional<MetadataEntry> e = metadata.get().byAaguid(aaguid);
            if (e.isPresent()) {
                return e;
            }
        }
        if (statement.trustPath().isEmpty()) {
            return Optional.empty();
        }
        return metadata.get().byKeyIdentifier(keyIdentifier(statement.trustPath().getFirst()));
    }

    /** MDS3 attestationCertificateKeyIdentifier: hex SHA-1 of the subjectPublicKey BIT STRING's value. */
    static String keyIdentifier(Certificate c) {
        byte[] key = c.asn1().getSubjectPublicKeyInfo().getPublicKeyData().getOctets();
        return HexFormat.of().formatHex(Insecure.SHA1.hash(key));
    }

    /** Builds {@link AttestationTrustPolicy}s. */
    public static final class Builder {
        private final List<TrustAnchor> anchors = new ArrayList<>();
        private Optional<MetadataBlob> metadata = Optional.empty();
        private boolean requireMetadata;

        private Builder() {}

        /** Trusts attestation chains that lead to one of {@code roots}. */
        public Builder anchors(List<Certificate> roots) {
            roots.forEach(c -> anchors.add(TrustAnchor.of(c)));
            return this;
        }

        /** Trusts the anchors of {@code store}. */
        public Builder anchors(TrustStore store) {
            anchors.addAll(store.anchors());
            return this;
        }

        /** Trusts every certificate in a PEM file or a directory of them. */
        public Builder anchorsFromPem(Path fileOrDirectory) {
            return anchors(TrustStore.fromPem(fileOrDirectory));
        }

        /** Uses a verified FIDO metadata BLOB: statuses, attestation roots, descriptions. */
        public Builder metadata(MetadataBlob blob) {
            this.metadata = Optional.of(blob);
            return this;
        }

        /** Whether an attestation must have a metadata entry to be trusted (default false). */
        public Builder requireMetadata(boolean require) {
            this.requireMetadata = require;
            return this;
        }

        public AttestationTrustPolicy build() {
            return new AttestationTrustPolicy(anchors, metadata, requireMetadata);
        }
    }
}
