package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.internal.engine.HkdfEngine;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.KDF;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The JDK 25 {@code javax.crypto.KDF} engine for HKDF (JEP 510): SHA-256, SHA-384 and SHA-512 only. */
public final class JcaHkdf implements HkdfEngine {

    private final String name;
    private final int hashLength;

    private JcaHkdf(String name, int hashLength) {
        this.name = name;
        this.hashLength = hashLength;
    }

    /** The JDK engine for {@code hash}, if the JDK has one. */
    public static Optional<HkdfEngine> of(HashAlgorithm hash) {
        return switch (hash) {
            case SHA_256 -> Optional.of(new JcaHkdf("HKDF-SHA256", 32));
            case SHA_384 -> Optional.of(new JcaHkdf("HKDF-SHA384", 48));
            case SHA_512 -> Optional.of(new JcaHkdf("HKDF-SHA512", 64));
            default -> Optional.empty();
        };
    }

    @Override
    public byte[] extract(byte[] salt, byte[] ikm) {
        var builder = HKDFParameterSpec.ofExtract();
        if (ikm.length > 0) {
            builder.addIKM(ikm);
        }
        builder.addSalt(salt.length == 0 ? new byte[hashLength] : salt);
        return derive(builder.extractOnly());
    }

    @Override
    public byte[] expand(byte[] prk, byte[] info, int length) {
        return derive(HKDFParameterSpec.expandOnly(new SecretKeySpec(prk, "Generic"), info, length));
    }

    @Override
    public byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
        var builder = HKDFParameterSpec.ofExtract();
        if (ikm.length > 0) {
            builder.addIKM(ikm);
        }
        builder.addSalt(salt.length == 0 ? new byte[hashLength] : salt);
        return derive(builder.thenExpand(info, length));
    }

    private byte[] derive(java.security.spec.AlgorithmParameterSpec spec) {
        try {
            return KDF.getInstance(name, "SunJCE").deriveData(spec);
        } catch (GeneralSecurityException e) {
            throw ModuleErrorException.bug("SunJCE refused " + name, e);
        }
    }
}
