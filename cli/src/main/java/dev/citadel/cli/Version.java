package dev.citadel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The build's version, from a resource the build fills in. */
final class Version {

    private Version() {}

    static String citadel() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    static String[] lines() {
        Runtime.Version java = Runtime.version();
        return new String[] {"citadel " + citadel(),
                "java " + java + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + ")"};
    }

    /** picocli's {@code --version}. */
    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return lines();
        }
    }
}
