package dev.citadel.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Public Suffix List (ICANN and private sections) as the JDK ships it in
 * {@code $JAVA_HOME/lib/security/public_suffix_list.dat}, read once on first use. A wildcard certificate
 * name whose base is a public suffix ({@code *.com}, {@code *.co.uk}, {@code *.s3.amazonaws.com}) never
 * matches (CA/Browser Forum BR §3.2.2.6).
 *
 * <p>WARNING: without that file only single-label names count as public suffixes.
 */
final class PublicSuffixes {

    private static final class Holder {
        static final Set<String> RULES = load();
    }

    private PublicSuffixes() {}

    /** Whether {@code domain} (ASCII) is a public suffix; every single-label name is (PSL's implicit "*"). */
    static boolean isPublicSuffix(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        if (d.indexOf('.') < 0) {
            return true;
        }
        Set<String> rules = Holder.RULES;
        if (rules.contains("!" + d)) {
            return false;
        }
        if (rules.contains(d)) {
            return true;
        }
        int dot = d.indexOf('.');
        return rules.contains("*." + d.substring(dot + 1));
    }

    /** Whether the JDK's list was found (otherwise only single-label names are suffixes). */
    static boolean loaded() {
        return !Holder.RULES.isEmpty();
    }

    private static Set<String> load() {
        Path file = Path.of(System.getProperty("java.home"), "lib", "security", "public_suffix_list.dat");
        Set<String> rules = new HashSet<>();
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    String rule = line.replaceAll("^[\\x00\\x01\\s]+", "").trim();
                    if (!rule.isEmpty()) {
                        rules.add(rule.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            return Set.of();
        }
        return Set.copyOf(rules);
    }
}
