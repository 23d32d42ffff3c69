package dev.citadel.cryptokit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of {@code docs/cryptokit.md}, checked over the main sources: no JCA primitive
 * (only corecrypto may call them), no {@code util} package, and no {@code boolean verify…} in
 * cryptokit's own API (Nimbus's {@code JWSVerifier.verify} is the one interface-imposed exception).
 */
class BoundaryTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern JCA = Pattern.compile(
            "import\\s+(javax\\.crypto\\.|java\\.security\\.(Signature|KeyAgreement|MessageDigest|SecureRandom|KeyPairGenerator|KeyFactory)\\b)"
                    + "|Cipher\\.getInstance|Signature\\.getInstance|MessageDigest\\.getInstance|new\\s+SecureRandom");
    private static final Pattern BOOLEAN_VERIFY = Pattern.compile("public\\s+(static\\s+)?boolean\\s+(verify|isValid)\\w*\\s*\\(");

    @Test
    void noJcaPrimitivesNoUtilPackagesNoBooleanVerify() {
        List<Path> sources = sources();
        assertThat(sources).isNotEmpty();
        for (Path p : sources) {
            String text = read(p);
            assertThat(JCA.matcher(text).find()).as("JCA primitive in %s", p).isFalse();
            assertThat(p.toString()).as("package name").doesNotContain("/util/").doesNotContain("/common/").doesNotContain("/helpers/");
            if (!p.endsWith("CryptoKitJwsVerifier.java")) {
                assertThat(BOOLEAN_VERIFY.matcher(text).find()).as("boolean verify in %s", p).isFalse();
            }
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
