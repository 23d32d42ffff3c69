package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * WebAuthn L3 §5.7.1 AuthenticationExtensionsClientInputs: the extensions a relying party asks for. Which
 * members a ceremony accepts is checked when it starts ({@code INVALID_REQUEST}): credProps, credProtect,
 * minPinLength, appidExclude and largeBlob {@code support} are registration inputs; appid and largeBlob
 * {@code read}/{@code write} are authentication inputs; prf is both ({@code evalByCredential} only in
 * authentication).
 *
 * @param credProps §10.1.3 credential properties: ask the client to report whether the credential is discoverable
 * @param prf §10.1.4 pseudo-random function: inputs passed to the client unchanged (it hashes them, §10.1.4)
 * @param largeBlob §10.1.5 large blob storage
 * @param credProtect CTAP 2.1 §12.1 credential protection
 * @param minPinLength CTAP 2.1 §12.4: ask the authenticator to report its minimum PIN length
 * @param appid §10.1.1 FIDO AppID: the U2F application id a legacy credential was registered under
 * @param appidExclude §10.1.2 FIDO AppID exclusion: exclude legacy credentials registered under this AppID
 */
public record AuthenticationExtensionsClientInputs(boolean credProps, Optional<PrfInputs> prf, Optional<LargeBlobInputs> largeBlob,
        Optional<CredProtectInput> credProtect, boolean minPinLength, Optional<String> appid, Optional<String> appidExclude) {

    /** No extensions. */
    public static final AuthenticationExtensionsClientInputs NONE = new AuthenticationExtensionsClientInputs(
            false, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());

    public AuthenticationExtensionsClientInputs {
        Objects.requireNonNull(prf, "prf");
        Objects.requireNonNull(largeBlob, "largeBlob");
        Objects.requireNonNull(credProtect, "credProtect");
        Objects.requireNonNull(appid, "appid");
        Objects.requireNonNull(appidExclude, "appidExclude");
    }

    public AuthenticationExtensionsClientInputs withCredProps() {
        return new AuthenticationExtensionsClientInputs(true, prf, largeBlob, credProtect, minPinLength, appid, appidExclude);
    }

    public AuthenticationExtensionsClientInputs withPrf(PrfInputs value) {
        return new AuthenticationExtensionsClientInputs(credProps, Optional.of(value), largeBlob, credProtect, minPinLength, appid, appidExclude);
    }

    public AuthenticationExtensionsClientInputs withLargeBlob(LargeBlobInputs value) {
        return new AuthenticationExtensionsClientInputs(credProps, prf, Optional.of(value), credProtect, minPinLength, appid, appidExclude);
    }

    public AuthenticationExtensionsClientInputs withCredProtect(CredProtectInput value) {
        return new AuthenticationExtensionsClientInputs(credProps, prf, largeBlob, Optional.of(value), minPinLength, appid, appidExclude);
    }

    public AuthenticationExtensionsClientInputs withMinPinLength() {
        return new AuthenticationExtensionsClientInputs(credProps, prf, largeBlob, credProtect, true, appid, appidExclude);
    }

    public AuthenticationExtensionsClientInputs withAppid(String value) {
        return new AuthenticationExtensionsClientInputs(credProps, prf, largeBlob, credProtect, minPinLength, Optional.of(value), appidExclude);
    }

    public AuthenticationExtensionsClientInputs withAppidExclude(String value) {
        return new AuthenticationExtensionsClientInputs(credProps, prf, largeBlob, credProtect, minPinLength, appid, Optional.of(value));
    }

    /**
     * §10.1.4 AuthenticationExtensionsPRFValues: one or two PRF inputs (or outputs). The relying party passes inputs
     * through; the client hashes each as SHA-256("WebAuthn PRF" || 0x00 || input) before the authenticator sees it.
     */
    public record PrfValues(Bytes first, Optional<Bytes> second) {
        public PrfValues {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        public static PrfValues of(Bytes first) {
            return new PrfValues(first, Optional.empty());
        }
    }

    /**
     * §10.1.4 AuthenticationExtensionsPRFInputs.
     *
     * @param eval inputs for whichever credential is used
     * @param evalByCredential inputs per credential id (authentication only; each id must be in allowCredentials)
     */
    public record PrfInputs(Optional<PrfValues> eval, Map<Bytes, PrfValues> evalByCredential) {
        public PrfInputs {
            Objects.requireNonNull(eval, "eval");
            evalByCredential = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evalByCredential));
        }

        /** {@code prf: {}}: at registration, asks whether the credential supports PRF. */
        public static PrfInputs enable() {
            return new PrfInputs(Optional.empty(), Map.of());
        }

        /** {@code prf: {eval: {first}}}. */
        public static PrfInputs eval(PrfValues values) {
            return new PrfInputs(Optional.of(values), Map.of());
        }
    }

    /**
     * §10.1.5 AuthenticationExtensionsLargeBlobInputs.
     *
     * @param support at registration: {@code required} or {@code preferred}
     * @param read at authentication: read the credential's blob
     * @param write at authentication: replace the credential's blob
     */
    public record LargeBlobInputs(Optional<LargeBlobSupport> support, boolean read, Optional<Bytes> write) {
        public LargeBlobInputs {
            Objects.requireNonNull(support, "support");
            Objects.requireNonNull(write, "write");
        }

        public static LargeBlobInputs forSupport(LargeBlobSupport support) {
            return new LargeBlobInputs(Optional.of(support), false, Optional.empty());
        }

        public static LargeBlobInputs forRead() {
            return new LargeBlobInputs(Optional.empty(), true, Optional.empty());
        }

        public static LargeBlobInputs forWrite(Bytes blob) {
            return new LargeBlobInputs(Optional.empty(), false, Optional.of(blob));
        }
    }

    /** §10.1.5 LargeBlobSupport. */
    public enum LargeBlobSupport {
        REQUIRED("required"),
        PREFERRED("preferred");

        private final String value;

        LargeBlobSupport(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /**
     * The credProtect inputs ({@code credentialProtectionPolicy}, {@code enforceCredentialProtectionPolicy}).
     * With {@code enforce}, registration fails unless the authenticator reports at least {@code policy}.
     */
    public record CredProtectInput(CredentialProtectionPolicy policy, boolean enforce) {
        public CredProtectInput {
            Objects.requireNonNull(policy, "policy");
        }
    }
}
