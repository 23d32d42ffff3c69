package dev.citadel.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The trust anchors an evaluator may end a path in: the JDK's {@code cacerts} by default, anchors the
 * relying party adds from PEM files or directories (with optional {@link AnchorConstraints}), and
 * {@link PinnedRoot pinned roots}. Immutable; {@link #with} returns a new store.
 */
public final class TrustStore {

    /** Most PEM files read from one directory (bounds work on a misconfigured path). */
    public static final int MAX_DIRECTORY_FILES = 10_000;

    private final List<TrustAnchor> anchors;
    private final Map<ByteBuffer, List<TrustAnchor>> bySubject;

    private TrustStore(List<TrustAnchor> anchors) {
        this.anchors = List.copyOf(anchors);
        Map<ByteBuffer, List<TrustAnchor>> index = new HashMap<>();
        for (TrustAnchor a : this.anchors) {
            index.computeIfAbsent(ByteBuffer.wrap(a.certificate().subjectDer()), k -> new ArrayList<>()).add(a);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.bySubject = Collections.unmodifiableMap(index);
    }

    /** A store of exactly these anchors. */
    public static TrustStore of(List<TrustAnchor> anchors) {
        return new TrustStore(anchors);
    }

    /** A store of exactly these anchors. */
    public static TrustStore of(TrustAnchor... anchors) {
        return new TrustStore(List.of(anchors));
    }

    /** A store of user anchors for these certificates, without extra constraints. */
    public static TrustStore ofCertificates(List<Certificate> certificates) {
        return new TrustStore(certificates.stream().map(TrustAnchor::of).toList());
    }

    /**
     * The JDK's default anchors ({@code $JAVA_HOME/lib/security/cacerts}, read through {@link KeyStore}).
     * Entries that are not strict DER certificates are left out.
     */
    public static TrustStore jdkDefault() {
        Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        try (InputStream in = Files.newInputStream(cacerts)) {
            KeyStore ks = KeyStore.getInstance("PKCS12".equals(KeyStore.getDefaultType()) ? KeyStore.getDefaultType() : "JKS");
            try {
                ks.load(in, null);
            } catch (IOException e) {
                ks = KeyStore.getInstance("JKS");
                try (InputStream again = Files.newInputStream(cacerts)) {
                    ks.load(again, null);
                }
            }
            List<TrustAnchor> anchors = new ArrayList<>();
            for (String alias : Collections.list(ks.aliases())) {
                java.security.cert.Certificate c = ks.getCertificate(alias);
                if (c == null) {
                    continue;
                }
                try {
                    anchors.add(new TrustAnchor(Certificate.parse(c.getEncoded()), AnchorConstraints.NONE,
                            TrustAnchor.Source.SYSTEM));
                } catch (CertificateFormatException e) {
                    // A legacy entry that is not strict DER cannot anchor a Citadel path.
                }
            }
            return new TrustStore(anchors);
        } catch (IOException | GeneralSecurityException e) {
            throw new TrustStoreException(TrustReason.TRUST_STORE_UNREADABLE, "cannot read " + cacerts + ": " + e.getMessage(), e);
        }
    }

    /** User anchors from a PEM file, or every {@code *.pem}/{@code *.crt} file of a directory. */
    public static TrustStore fromPem(Path fileOrDirectory) {
        return fromPem(fileOrDirectory, AnchorConstraints.NONE);
    }

    /** As {@link #fromPem(Path)}, each anchor carrying {@code constraints}. */
    public static TrustStore fromPem(Path fileOrDirectory, AnchorConstraints constraints) {
        List<Path> files;
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                files = list.filter(p -> {
                    String n = p.getFileName().toString();
                    return Files.isRegularFile(p) && (n.endsWith(".pem") || n.endsWith(".crt"));
                }).sorted().limit(MAX_DIRECTORY_FILES + 1L).toList();
            } catch (IOException e) {
                throw new TrustStoreException(TrustReason.TRUST_STORE_UNREADABLE, "cannot list " + fileOrDirectory, e);
            }
            if (files.size() > MAX_DIRECTORY_FILES) {
                throw new TrustStoreException(TrustReason.TRUST_STORE_UNREADABLE,
                        "more than " + MAX_DIRECTORY_FILES + " files in " + fileOrDirectory, null);
            }
            if (files.isEmpty()) {
                throw new TrustStoreException(TrustReason.TRUST_STORE_UNREADABLE, "no .pem or .crt file in " + fileOrDirectory, null);
            }
        } else {
            files = List.of(fileOrDirectory);
        }
        List<TrustAnchor> anchors = new ArrayList<>();
        for (Path f : files) {
            for (Certificate c : readPem(f)) {
                anchors.add(new TrustAnchor(c, constraints, TrustAnchor.Source.USER));
            }
        }
        return new TrustStore(anchors);
    }

    static List<Certificate> readPem(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > (long) Certificate.MAX_ENCODED_BYTES * 16) {
                throw new TrustStoreException(TrustReason.TRUST_STORE_UNREADABLE, file + " is too large for a PEM bundle", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TrustStoreException(TrustReason.TRUST_STORE_UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return Certificate.parsePem(bytes);
        } catch (CertificateFormatException e) {
            throw new TrustStoreException(TrustReason.TRUST_STORE_UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }

    /** This store plus {@code more}. */
    public TrustStore with(TrustAnchor... more) {
        List<TrustAnchor> all = new ArrayList<>(anchors);
        all.addAll(List.of(more));
        return new TrustStore(all);
    }

    /** This store plus every anchor of {@code other}. */
    public TrustStore with(TrustStore other) {
        List<TrustAnchor> all = new ArrayList<>(anchors);
        all.addAll(other.anchors);
        return new TrustStore(all);
    }

    public List<TrustAnchor> anchors() {
        return anchors;
    }

    /** Anchors whose subject is exactly {@code issuerDer}. */
    List<TrustAnchor> bySubject(byte[] issuerDer) {
        return bySubject.getOrDefault(ByteBuffer.wrap(issuerDer), List.of());
    }

    @Override
    public String toString() {
        return "TrustStore[" + anchors.size() + " anchors]";
    }
}
