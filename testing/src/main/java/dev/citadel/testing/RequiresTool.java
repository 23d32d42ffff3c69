package dev.citadel.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (or class) that runs an external tool found on {@code PATH} (for example {@code openssl}).
 * Skips with a reason when the tool is missing or does not run; fails when {@code CITADEL_REQUIRE_TOOLS=1}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(OptionalEnvironmentCondition.class)
public @interface RequiresTool {
    /** Executable names, all of which must be present. */
    String[] value();

    /** Arguments that make the tool print something and exit 0 (default {@code --version}). */
    String[] probe() default {};
}
