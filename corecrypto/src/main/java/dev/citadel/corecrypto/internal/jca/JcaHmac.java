package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.internal.engine.MacEngine;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The JDK (SunJCE) engine for HMAC (RFC 2104, FIPS 198-1) over every {@link HashAlgorithm}. */
public final class JcaHmac implements MacEngine {

    /**
     * One unkeyed {@code Mac} per algorithm, cloned for each key: a provider lookup costs more than the
     * HMAC of a short message, and keying is frequent (HMAC_DRBG and RFC 6979 re-key on every update).
     * The prototypes are never keyed or updated, so cloning them from several threads only reads them.
     */
    private static final java.util.Map<HashAlgorithm, Mac> PROTOTYPES = new java.util.concurrent.ConcurrentHashMap<>();

    private final HashAlgorithm hash;
    private final String name;

    private JcaHmac(HashAlgorithm hash) {
        this.hash = hash;
        this.name = switch (hash) {
            case SHA_1 -> "HmacSHA1";
            case SHA_224 -> "HmacSHA224";
            case SHA_256 -> "HmacSHA256";
            case SHA_384 -> "HmacSHA384";
            case SHA_512 -> "HmacSHA512";
            case SHA_512_224 -> "HmacSHA512/224";
            case SHA_512_256 -> "HmacSHA512/256";
            case SHA3_224 -> "HmacSHA3-224";
            case SHA3_256 -> "HmacSHA3-256";
            case SHA3_384 -> "HmacSHA3-384";
            case SHA3_512 -> "HmacSHA3-512";
        };
    }

    public static JcaHmac of(HashAlgorithm hash) {
        return new JcaHmac(hash);
    }

    @Override
    public int length() {
        return hash.outputLength();
    }

    @Override
    public Keyed init(byte[] key) {
        // SecretKeySpec refuses an empty key. HMAC pads the key with zeros to the block size, so the
        // empty key and the one-byte key {0} give the same MAC (RFC 2104 §2, FIPS 198-1 §4 step 3).
        byte[] effective = key.length == 0 ? new byte[1] : key;
        try {
            Mac mac = freshMac();
            mac.init(new SecretKeySpec(effective, name));
            return new Keyed() {
                @Override
                public byte[] compute(byte[]... parts) {
                    for (byte[] part : parts) {
                        mac.update(part);
                    }
                    return mac.doFinal();
                }

                @Override
                public void computeInPlace(byte[] block) {
                    mac.update(block);
                    try {
                        mac.doFinal(block, 0);
                    } catch (javax.crypto.ShortBufferException e) {
                        throw ModuleErrorException.bug("HMAC output buffer is one tag long", e);
                    }
                }
            };
        } catch (GeneralSecurityException e) {
            throw ModuleErrorException.bug("SunJCE refused " + name, e);
        }
    }

    private Mac freshMac() throws GeneralSecurityException {
        Mac prototype = PROTOTYPES.get(hash);
        if (prototype == null) {
            prototype = Mac.getInstance(name, "SunJCE");
            PROTOTYPES.putIfAbsent(hash, prototype);
        }
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return Mac.getInstance(name, "SunJCE");
        }
    }
}
