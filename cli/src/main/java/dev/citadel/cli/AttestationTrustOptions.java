package dev.citadel.cli;

import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.RelyingParty;
import dev.citadel.passkeys.attestation.AttestationTrustPolicy;
import dev.citadel.passkeys.attestation.MetadataBlob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code --roots} and {@code --mds} of {@code passkeys verify-registration}: the relying party's attestation trust,
 * the passkeys library's {@link AttestationTrustPolicy} (chains validated by the trust module). Without either, a
 * verified statement with a certificate path is reported untrusted (no trust anchor).
 */
final class AttestationTrustOptions {

    private AttestationTrustOptions() {}

    static void configure(RelyingParty.Builder builder, Path roots, Path mds, Clock clock) {
        if (roots == null && mds == null) {
            return;
        }
        AttestationTrustPolicy.Builder policy = AttestationTrustPolicy.builder();
        if (roots != null) {
            if (!Files.exists(roots)) {
                throw new CliFailure("--roots: " + roots + " does not exist", ExitCodes.USAGE);
            }
            try {
                policy.anchorsFromPem(roots);
            } catch (RuntimeException e) {
                throw new CliFailure("--roots: " + roots + ": " + e.getMessage(), ExitCodes.USAGE);
            }
        }
        if (mds != null) {
            try {
                policy.metadata(MetadataBlob.load(mds, MetadataBlob.fidoRoot(), clock));
            } catch (PasskeyException | IllegalStateException e) {
                throw new CliFailure("--mds: " + mds + " is not a FIDO metadata BLOB that verifies: " + e.getMessage(), ExitCodes.USAGE);
            }
        }
        builder.attestationTrust(policy.build());
    }
}
