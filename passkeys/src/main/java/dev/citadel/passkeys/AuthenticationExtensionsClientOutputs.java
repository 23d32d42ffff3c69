package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfValues;
import java.util.Objects;
import java.util.Optional;

/**
 * WebAuthn L3 §5.7.2 AuthenticationExtensionsClientOutputs, as far as Citadel understands them; members of
 * extensions Citadel does not know are ignored. Every member present was checked against the request: an output
 * for an extension the relying party did not ask for is {@code EXTENSION_INVALID}.
 *
 * @param credProps §10.1.3: whether the credential is discoverable ({@code rk}), if the client knows
 * @param prf §10.1.4 outputs: {@code enabled} at registration, {@code results} when the client evaluated the PRF
 * @param largeBlob §10.1.5 outputs
 * @param appid §10.1.1: true when the authenticator used the AppID rather than the RP ID
 * @param appidExclude §10.1.2 output
 */
public record AuthenticationExtensionsClientOutputs(Optional<CredentialPropertiesOutput> credProps, Optional<PrfOutputs> prf,
        Optional<LargeBlobOutputs> largeBlob, Optional<Boolean> appid, Optional<Boolean> appidExclude) {

    /** No outputs. */
    public static final AuthenticationExtensionsClientOutputs NONE =
            new AuthenticationExtensionsClientOutputs(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AuthenticationExtensionsClientOutputs {
        Objects.requireNonNull(credProps, "credProps");
        Objects.requireNonNull(prf, "prf");
        Objects.requireNonNull(largeBlob, "largeBlob");
        Objects.requireNonNull(appid, "appid");
        Objects.requireNonNull(appidExclude, "appidExclude");
    }

    /** §10.1.3 CredentialPropertiesOutput. */
    public record CredentialPropertiesOutput(Optional<Boolean> rk) {
        public CredentialPropertiesOutput {
            Objects.requireNonNull(rk, "rk");
        }
    }

    /**
     * §10.1.4 AuthenticationExtensionsPRFOutputs. The results are secrets of the user's authenticator: the relying
     * party passes them to whoever needs them and keeps no copy.
     */
    public record PrfOutputs(Optional<Boolean> enabled, Optional<PrfValues> results) {
        public PrfOutputs {
            Objects.requireNonNull(enabled, "enabled");
            Objects.requireNonNull(results, "results");
        }

        @Override
        public String toString() {
            return "PrfOutputs[enabled=" + enabled + ", results=" + (results.isPresent() ? "<redacted>" : "none") + "]";
        }
    }

    /** §10.1.5 AuthenticationExtensionsLargeBlobOutputs. */
    public record LargeBlobOutputs(Optional<Boolean> supported, Optional<Bytes> blob, Optional<Boolean> written) {
        public LargeBlobOutputs {
            Objects.requireNonNull(supported, "supported");
            Objects.requireNonNull(blob, "blob");
            Objects.requireNonNull(written, "written");
        }
    }
}
