package dev.citadel.cli;

import dev.citadel.cryptokit.hpke.Ciphersuite;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The HPKE ciphersuites the CLI offers, named as the {@link Ciphersuite} constants. Each has its own KEM, so
 * a key file's KEM tag ({@link #kemTag}) names exactly one suite.
 */
enum HpkeSuite {
    P256_SHA256_AES_GCM_256(Ciphersuite.P256_SHA256_AES_GCM_256, "p256", 65),
    P384_SHA384_AES_GCM_256(Ciphersuite.P384_SHA384_AES_GCM_256, "p384", 97),
    P521_SHA512_AES_GCM_256(Ciphersuite.P521_SHA512_AES_GCM_256, "p521", 133),
    CURVE25519_SHA256_CHACHAPOLY(Ciphersuite.CURVE25519_SHA256_CHACHAPOLY, "x25519", 32),
    XWING_SHA256_AES_GCM_256(Ciphersuite.XWING_SHA256_AES_GCM_256, "xwing", 1120);

    private final Ciphersuite suite;
    private final String kemTag;
    private final int encLength;

    HpkeSuite(Ciphersuite suite, String kemTag, int encLength) {
        this.suite = suite;
        this.kemTag = kemTag;
        this.encLength = encLength;
    }

    Ciphersuite suite() {
        return suite;
    }

    /** The KEM's name in key files: {@code p256}, {@code p384}, {@code p521}, {@code x25519}, {@code xwing}. */
    String kemTag() {
        return kemTag;
    }

    /** Nenc: the length of the encapsulated key (RFC 9180 §7.1, draft-connolly-cfrg-xwing-kem). */
    int encLength() {
        return encLength;
    }

    static Optional<HpkeSuite> fromName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The suite named {@code name}, or a usage failure listing the known ones. */
    static HpkeSuite require(String name) {
        return fromName(name).orElseThrow(() -> new CliFailure("unknown --suite '" + name + "' (known: "
                + String.join(", ", names()) + ")", ExitCodes.USAGE));
    }
}
