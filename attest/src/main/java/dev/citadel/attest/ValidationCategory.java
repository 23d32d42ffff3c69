package dev.citadel.attest;

/**
 * The launch validation category an app reports in the {@code apple_validation_category_01}
 * authenticator-data extension: how the running binary was signed. An open value type: categories Apple
 * adds later are kept with their number.
 *
 * @param value the unsigned 32-bit value (little-endian on the wire)
 */
public record ValidationCategory(long value) {

    public static final ValidationCategory PLATFORM = new ValidationCategory(1);
    public static final ValidationCategory TESTFLIGHT = new ValidationCategory(2);
    public static final ValidationCategory DEVELOPMENT = new ValidationCategory(3);
    public static final ValidationCategory APP_STORE = new ValidationCategory(4);
    public static final ValidationCategory ENTERPRISE = new ValidationCategory(5);
    public static final ValidationCategory DEVELOPER_ID = new ValidationCategory(6);
    public static final ValidationCategory LOCAL_SIGNING = new ValidationCategory(7);
    public static final ValidationCategory NONE = new ValidationCategory(10);

    public ValidationCategory {
        if (value < 0 || value > 0xffff_ffffL) {
            throw new IllegalArgumentException("a validation category is an unsigned 32-bit value: " + value);
        }
    }

    /** A name for known categories, {@code category-N} otherwise. */
    public String name() {
        return switch ((int) value) {
            case 1 -> "platform";
            case 2 -> "testflight";
            case 3 -> "development";
            case 4 -> "app-store";
            case 5 -> "enterprise";
            case 6 -> "developer-id";
            case 7 -> "local-signing";
            case 10 -> "none";
            default -> "category-" + value;
        };
    }

    @Override
    public String toString() {
        return name() + "(" + value + ")";
    }
}
