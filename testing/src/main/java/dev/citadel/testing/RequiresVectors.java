package dev.citadel.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (or class) that reads the shared vectors. {@link #value()} names the sub-directory it
 * needs, relative to the vectors root. Skips with a reason when absent; fails when
 * {@code CITADEL_REQUIRE_VECTORS=1}. Use {@link Vectors#root()} inside the test to find the files.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(OptionalEnvironmentCondition.class)
public @interface RequiresVectors {
    String value() default "";
}
