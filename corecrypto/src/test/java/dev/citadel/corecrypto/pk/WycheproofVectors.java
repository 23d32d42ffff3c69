package dev.citadel.corecrypto.pk;

import dev.citadel.corecrypto.CryptoException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Wycheproof {@code testvectors_v1} files; {@link VectorTally} records the outcomes.
 */
public final class WycheproofVectors {

    public static final String DIR = "wycheproof/testvectors_v1";

    private WycheproofVectors() {}

    /** File names in the Wycheproof directory matching {@code regex}, sorted. */
    public static List<String> files(String regex) {
        Pattern p = Pattern.compile(regex);
        try (Stream<Path> s = Files.list(Vectors.resolve(DIR))) {
            List<String> names = s.map(f -> f.getFileName().toString()).filter(n -> p.matcher(n).matches()).sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no Wycheproof files match " + regex);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String file) {
        try (InputStream in = Vectors.open(Vectors.resolve(DIR + "/" + file))) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(JsonNode node) {
        return node == null || node.isNull() ? new byte[0] : HexFormat.of().parseHex(node.asText());
    }

    public static Set<String> flags(JsonNode test) {
        Set<String> out = new TreeSet<>();
        test.path("flags").forEach(f -> out.add(f.asText()));
        return out;
    }

    public static Set<Reason> reasons(Reason first, Reason... rest) {
        return EnumSet.of(first, rest);
    }
}
