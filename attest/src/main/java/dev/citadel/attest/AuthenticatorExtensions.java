package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CBOR extensions map that may follow authenticator data (WebAuthn §6.1, "extensions"), as App Attest
 * writes it from iOS 27: {@code apple_bundle_version_01} (text) and {@code apple_validation_category_01}
 * (four bytes, little-endian). Apple writes the map even when the ED flag is clear, so it is read
 * whenever bytes follow the credential data.
 *
 * @param present            whether authenticator data carried an extensions map at all
 * @param bundleVersion      {@code apple_bundle_version_01}
 * @param validationCategory {@code apple_validation_category_01}
 * @param otherKeys          names of extensions this version does not interpret
 */
public record AuthenticatorExtensions(boolean present, Optional<String> bundleVersion,
                                      Optional<ValidationCategory> validationCategory, Set<String> otherKeys) {

    public static final String BUNDLE_VERSION = "apple_bundle_version_01";
    public static final String VALIDATION_CATEGORY = "apple_validation_category_01";
    /** Longest bundle version accepted (CFBundleVersion is short; this bounds logs and storage). */
    public static final int MAX_BUNDLE_VERSION_LENGTH = 255;
    /** Most extensions accepted in one map. */
    public static final int MAX_EXTENSIONS = 32;

    /** No extensions map. */
    public static final AuthenticatorExtensions NONE = new AuthenticatorExtensions(false, Optional.empty(), Optional.empty(), Set.of());

    public AuthenticatorExtensions {
        otherKeys = Set.copyOf(otherKeys);
    }

    /** Interprets a decoded extensions map; {@code MALFORMED_EXTENSIONS} if it is not of the documented shapes. */
    static AuthenticatorExtensions from(CborValue value) {
        if (!(value instanceof CborMap map)) {
            throw malformed("the extensions item is a " + value.kind() + ", not a map");
        }
        if (map.entries().size() > MAX_EXTENSIONS) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "more than MAX_EXTENSIONS=" + MAX_EXTENSIONS + " extensions");
        }
        Optional<String> version = Optional.empty();
        Optional<ValidationCategory> category = Optional.empty();
        Set<String> other = new LinkedHashSet<>();
        for (Map.Entry<CborValue, CborValue> e : map.entries().entrySet()) {
            if (!(e.getKey() instanceof CborText(String key))) {
                throw malformed("extension identifier is a " + e.getKey().kind());
            }
            switch (key) {
                case BUNDLE_VERSION -> {
                    if (!(e.getValue() instanceof CborText(String v)) || v.isEmpty() || v.length() > MAX_BUNDLE_VERSION_LENGTH) {
                        throw malformed(BUNDLE_VERSION + " must be text of 1 to " + MAX_BUNDLE_VERSION_LENGTH + " characters");
                    }
                    version = Optional.of(v);
                }
                case VALIDATION_CATEGORY -> {
                    if (!(e.getValue() instanceof CborBytes(Bytes b)) || b.size() != 4) {
                        throw malformed(VALIDATION_CATEGORY + " must be a 4-byte string");
                    }
                    byte[] le = b.toByteArray();
                    long v = (le[0] & 0xffL) | (le[1] & 0xffL) << 8 | (le[2] & 0xffL) << 16 | (le[3] & 0xffL) << 24;
                    category = Optional.of(new ValidationCategory(v));
                }
                default -> other.add(key);
            }
        }
        return new AuthenticatorExtensions(true, version, category, other);
    }

    private static AttestException malformed(String message) {
        return AttestException.of(Reason.MALFORMED_EXTENSIONS, message);
    }
}
