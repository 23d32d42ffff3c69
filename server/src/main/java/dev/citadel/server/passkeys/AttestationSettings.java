package dev.citadel.server.passkeys;

import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.attestation.AttestationTrust;
import dev.citadel.passkeys.attestation.AttestationTrustPolicy;
import dev.citadel.passkeys.attestation.MetadataBlob;
import dev.citadel.server.StartupException;
import dev.citadel.server.config.ConfigKey;
import dev.citadel.server.config.PasskeysSettings;
import java.time.Clock;
import java.util.Optional;

/**
 * The attestation trust the configuration asks for: trust anchors from {@code passkeys.attestation-roots}
 * and a FIDO MDS3 BLOB from {@code passkeys.mds} (verified against the FIDO Alliance's metadata root at
 * start; a BLOB that does not verify stops the server with one line). Neither set: no attestation is
 * requested, and the account page shows no authenticator names.
 *
 * @param trust the policy the relying party evaluates attestations with
 * @param names authenticator names and icons from the metadata
 */
public record AttestationSettings(Optional<AttestationTrust> trust, AuthenticatorNames names) {

    /** Loads what {@code settings} names. */
    public static AttestationSettings load(PasskeysSettings settings, Clock clock) {
        if (settings.mds().isEmpty() && settings.attestationRoots().isEmpty()) {
            return new AttestationSettings(Optional.empty(), AuthenticatorNames.none());
        }
        AttestationTrustPolicy.Builder builder = AttestationTrustPolicy.builder();
        settings.attestationRoots().ifPresent(dir -> {
            try {
                builder.anchorsFromPem(dir);
            } catch (RuntimeException e) {
                throw new StartupException("configuration key '" + ConfigKey.PASSKEYS_ATTESTATION_ROOTS.key() + "' = '" + dir
                        + "': " + e.getMessage(), e);
            }
        });
        settings.mds().ifPresent(file -> {
            try {
                builder.metadata(MetadataBlob.load(file, MetadataBlob.fidoRoot(), clock));
            } catch (PasskeyException | IllegalStateException e) {
                throw new StartupException("configuration key '" + ConfigKey.PASSKEYS_MDS.key() + "' = '" + file
                        + "': not a FIDO metadata BLOB that verifies: " + e.getMessage(), e);
            }
        });
        AttestationTrustPolicy policy = builder.build();
        AuthenticatorNames names = aaguid -> policy.authenticator(aaguid)
                .map(info -> new AuthenticatorNames.Model(info.description(), info.icon()));
        return new AttestationSettings(Optional.of(policy), names);
    }
}
