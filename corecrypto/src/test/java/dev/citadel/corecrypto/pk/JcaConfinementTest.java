package dev.citadel.corecrypto.pk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House rule: JCA engines (and their string names) are reached only from {@code internal.jca}, and
 * BouncyCastle only from {@code internal.bc}. A source scan, cheap and independent of bytecode tools.
 */
class JcaConfinementTest {

    private static final Path MAIN = Path.of("src/main/java/dev/citadel/corecrypto");
    private static final Pattern JCA = Pattern.compile(
            "\\b(Cipher|Signature|KeyAgreement|KEM|KeyPairGenerator|KeyFactory|MessageDigest|SecureRandom|Mac|AlgorithmParameters)\\.getInstance\\(");
    private static final Pattern BC = Pattern.compile("org\\.bouncycastle\\.");

    @Test
    void jcaGetInstanceOnlyInInternalJca() throws IOException {
        assertThat(offenders(JCA, "internal/jca/")).isEmpty();
    }

    @Test
    void bouncyCastleOnlyInInternalBc() throws IOException {
        assertThat(offenders(BC, "internal/bc/")).isEmpty();
    }

    private static List<String> offenders(Pattern p, String allowedDir) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !MAIN.relativize(f).toString().replace('\\', '/').startsWith(allowedDir))
                    .filter(f -> {
                        try {
                            return p.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
    }
}
