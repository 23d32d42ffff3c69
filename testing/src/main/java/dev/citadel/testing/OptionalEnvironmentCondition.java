package dev.citadel.testing;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Evaluates {@link RequiresVectors} and {@link RequiresTool}; see {@link OptionalEnvironment}. */
public final class OptionalEnvironmentCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        if (element.isEmpty()) {
            return ConditionEvaluationResult.enabled("no element");
        }
        Optional<RequiresVectors> vectors = AnnotationSupport.findAnnotation(element.get(), RequiresVectors.class);
        Optional<java.util.regex.Pattern> selection = OptionalEnvironment.selection();
        if (selection.isPresent() && isLeafTest(context) && !selection.get().matcher(context.getDisplayName()).find()) {
            return ConditionEvaluationResult.disabled(OptionalEnvironment.DESELECTED + selection.get().pattern());
        }
        if (vectors.isPresent()) {
            String missing = missingVectors(vectors.get().value());
            if (missing != null) {
                return refuse(missing, OptionalEnvironment.vectorsRequired(), OptionalEnvironment.REQUIRE_VECTORS_VARIABLE);
            }
        }
        Optional<RequiresTool> tools = AnnotationSupport.findAnnotation(element.get(), RequiresTool.class);
        if (tools.isPresent()) {
            for (String name : tools.get().value()) {
                Optional<Path> tool = OptionalEnvironment.tool(name);
                String missing = tool.isEmpty() ? "external tool '" + name + "' is not on PATH"
                        : !OptionalEnvironment.toolWorks(tool.get(), tools.get().probe())
                                ? "external tool '" + name + "' does not run" : null;
                if (missing != null) {
                    return refuse(missing, OptionalEnvironment.toolsRequired(), OptionalEnvironment.REQUIRE_TOOLS_VARIABLE);
                }
            }
        }
        return ConditionEvaluationResult.enabled("optional environment present");
    }

    /** A method test or one invocation of a parameterized test; not a class or a test template. */
    private static boolean isLeafTest(ExtensionContext context) {
        String uniqueId = context.getUniqueId();
        String last = uniqueId.substring(uniqueId.lastIndexOf("/[") + 2);
        return last.startsWith("method:") || last.startsWith("test-template-invocation:");
    }

    private static String missingVectors(String subdirectory) {
        Optional<Path> root = OptionalEnvironment.vectorsDirectory();
        if (root.isEmpty()) {
            return "shared vectors not found (set " + OptionalEnvironment.VECTORS_VARIABLE + ")";
        }
        if (!subdirectory.isEmpty() && !Files.exists(root.get().resolve(subdirectory))) {
            return "shared vectors lack '" + subdirectory + "'";
        }
        return null;
    }

    private static ConditionEvaluationResult refuse(String reason, boolean required, String variable) {
        if (required) {
            throw new ExtensionConfigurationException(reason + ", and " + variable + "=1 forbids skipping");
        }
        SkipLedger.recordSkip(reason);
        return ConditionEvaluationResult.disabled("SKIPPED: " + reason);
    }
}
