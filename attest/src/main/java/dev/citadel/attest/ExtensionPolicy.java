package dev.citadel.attest;

import dev.citadel.attest.AttestException.Reason;
import java.util.Optional;
import java.util.Set;

/**
 * What a verifier requires of the authenticator-data extensions (the 2026 validation steps): which launch
 * validation categories and bundle versions it accepts, and whether an object without them (written by
 * iOS 26 and earlier) is accepted. Immutable; start from {@link #acceptAny()}.
 *
 * <pre>{@code
 * ExtensionPolicy p = ExtensionPolicy.acceptAny()
 *         .allowingCategories(Set.of(ValidationCategory.APP_STORE, ValidationCategory.TESTFLIGHT), Missing.ACCEPT);
 * }</pre>
 */
public final class ExtensionPolicy {

    /** What to do with an object that carries no value for a checked extension. */
    public enum Missing { ACCEPT, REJECT }

    private static final ExtensionPolicy ANY = new ExtensionPolicy(Optional.empty(), Missing.ACCEPT, Optional.empty(), Missing.ACCEPT);

    private final Optional<Set<ValidationCategory>> categories;
    private final Missing missingCategory;
    private final Optional<Set<String>> bundleVersions;
    private final Missing missingBundleVersion;

    private ExtensionPolicy(Optional<Set<ValidationCategory>> categories, Missing missingCategory,
                            Optional<Set<String>> bundleVersions, Missing missingBundleVersion) {
        this.categories = categories;
        this.missingCategory = missingCategory;
        this.bundleVersions = bundleVersions;
        this.missingBundleVersion = missingBundleVersion;
    }

    /** Parses and reports the extensions, requires none of them. */
    public static ExtensionPolicy acceptAny() {
        return ANY;
    }

    /** Only these categories; {@code missing} decides for objects without one. */
    public ExtensionPolicy allowingCategories(Set<ValidationCategory> allowed, Missing missing) {
        return new ExtensionPolicy(Optional.of(Set.copyOf(allowed)), missing, bundleVersions, missingBundleVersion);
    }

    /** Only these bundle versions (for example, the versions you shipped); {@code missing} decides for objects without one. */
    public ExtensionPolicy allowingBundleVersions(Set<String> allowed, Missing missing) {
        return new ExtensionPolicy(categories, missingCategory, Optional.of(Set.copyOf(allowed)), missing);
    }

    /** Throws {@code VALIDATION_CATEGORY_NOT_ALLOWED} or {@code BUNDLE_VERSION_NOT_ALLOWED} if {@code ext} fails the policy. */
    void check(AuthenticatorExtensions ext) {
        categories.ifPresent(allowed -> ext.validationCategory().ifPresentOrElse(c -> {
            if (!allowed.contains(c)) {
                throw AttestException.of(Reason.VALIDATION_CATEGORY_NOT_ALLOWED, "validation category " + c + " is not allowed");
            }
        }, () -> {
            if (missingCategory == Missing.REJECT) {
                throw AttestException.of(Reason.VALIDATION_CATEGORY_NOT_ALLOWED, "no validation category, and one is required");
            }
        }));
        bundleVersions.ifPresent(allowed -> ext.bundleVersion().ifPresentOrElse(v -> {
            if (!allowed.contains(v)) {
                throw AttestException.of(Reason.BUNDLE_VERSION_NOT_ALLOWED, "bundle version " + v + " is not allowed");
            }
        }, () -> {
            if (missingBundleVersion == Missing.REJECT) {
                throw AttestException.of(Reason.BUNDLE_VERSION_NOT_ALLOWED, "no bundle version, and one is required");
            }
        }));
    }

    @Override
    public String toString() {
        return "ExtensionPolicy[categories=" + categories.map(Object::toString).orElse("any") + " missing " + missingCategory
                + ", bundleVersions=" + bundleVersions.map(Object::toString).orElse("any") + " missing " + missingBundleVersion + "]";
    }
}
