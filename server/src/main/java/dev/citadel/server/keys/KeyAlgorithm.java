package dev.citadel.server.keys;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.ec.EcCurve;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * The algorithm of a server key, which fixes what its secret material is. The material is always a byte
 * string, so wrapping treats every algorithm alike.
 */
public enum KeyAlgorithm {
    /** ECDSA P-256 with SHA-256 (RFC 7518 "ES256"); the material is the 32-byte big-endian private scalar. */
    ES256("ES256", 32),
    /** HMAC-SHA-256 (RFC 2104); the material is a 32-byte key. */
    HMAC_SHA256("HS256", 32);

    private final String joseName;
    private final int materialLength;

    KeyAlgorithm(String joseName, int materialLength) {
        this.joseName = joseName;
        this.materialLength = materialLength;
    }

    /** The JOSE {@code alg} name, also the name stored in the database. */
    public String joseName() {
        return joseName;
    }

    /** Length of the secret material in bytes. */
    public int materialLength() {
        return materialLength;
    }

    /**
     * Fresh secret material for this algorithm. An ES256 scalar is drawn by rejection sampling
     * (FIPS 186-5 §A.2.2): 32 random bytes, redrawn until the value lies in [1, n); a redraw happens with
     * probability below 2<sup>-32</sup>.
     */
    SecretKeyMaterial generate(RandomSource random) {
        return switch (this) {
            case HMAC_SHA256 -> SecretKeyMaterial.generate(materialLength, random);
            case ES256 -> {
                BigInteger order = EcCurve.P_256.order();
                while (true) {
                    byte[] candidate = random.bytes(materialLength);
                    BigInteger d = new BigInteger(1, candidate);
                    try {
                        if (d.signum() > 0 && d.compareTo(order) < 0) {
                            yield SecretKeyMaterial.copyOf(candidate, SecretAccess.insecure());
                        }
                    } finally {
                        Arrays.fill(candidate, (byte) 0);
                    }
                }
            }
        };
    }

    public static Optional<KeyAlgorithm> fromJoseName(String name) {
        return Arrays.stream(values()).filter(a -> a.joseName.equals(name)).findFirst();
    }
}
