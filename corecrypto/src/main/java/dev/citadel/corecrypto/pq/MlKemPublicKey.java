package dev.citadel.corecrypto.pq;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.jca.JcaMlKemEngine;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.SharedSecret;
import java.util.Arrays;

/**
 * An ML-KEM encapsulation key (FIPS 203).
 *
 * <h2>Security guarantees</h2>
 * Import performs the FIPS 203 §7.2 modulus check (every coefficient &lt; q = 3329) and length check.
 * Encapsulation uses the JDK engine; see {@code docs/crypto-engines.md}.
 */
public final class MlKemPublicKey {

    private static final int Q = 3329;

    private final MlKemParameterSet parameterSet;
    private final byte[] ek;

    private MlKemPublicKey(MlKemParameterSet parameterSet, byte[] ek) {
        this.parameterSet = parameterSet;
        this.ek = ek;
    }

    /** The raw encapsulation key; INVALID_ENCODING on a wrong length, INVALID_KEY on the modulus check. */
    public static MlKemPublicKey fromBytes(MlKemParameterSet parameterSet, byte[] ek) {
        SelfTest.requireOperational();
        if (ek.length != parameterSet.encapsulationKeyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, parameterSet + " encapsulation key must be " + parameterSet.encapsulationKeyLength() + " bytes");
        }
        requireReducedCoefficients(ek, 384 * parameterSet.k());
        return new MlKemPublicKey(parameterSet, ek.clone());
    }

    /** FIPS 203 §7.2 modulus check: ByteEncode12(ByteDecode12(t)) = t, i.e. every 12-bit value &lt; q. */
    static void requireReducedCoefficients(byte[] ek, int polyBytes) {
        for (int i = 0; i < polyBytes; i += 3) {
            int b0 = ek[i] & 0xff;
            int b1 = ek[i + 1] & 0xff;
            int b2 = ek[i + 2] & 0xff;
            int c0 = b0 | ((b1 & 0x0f) << 8);
            int c1 = (b1 >> 4) | (b2 << 4);
            if (c0 >= Q || c1 >= Q) {
                throw new InvalidInputException(Reason.INVALID_KEY, "encapsulation key coefficient ≥ q (FIPS 203 §7.2 modulus check)");
            }
        }
    }

    public MlKemParameterSet parameterSet() {
        return parameterSet;
    }

    public byte[] bytes() {
        return ek.clone();
    }

    public byte[] spki() {
        return Oids.spki(parameterSet.oid, ek);
    }

    /** ML-KEM.Encaps with the system DRBG. */
    public MlKemEncapsulation encapsulate() {
        return encapsulate(RandomSource.system());
    }

    /** ML-KEM.Encaps drawing its 32-byte m from {@code random} (inject a fixed source only in tests). */
    public MlKemEncapsulation encapsulate(RandomSource random) {
        SelfTest.requireOperational();
        byte[][] r = JcaMlKemEngine.encapsulate(parameterSet.oid, ek, random);
        return new MlKemEncapsulation(r[0], SharedSecret.adopt(r[1]));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlKemPublicKey other && parameterSet == other.parameterSet && Arrays.equals(ek, other.ek);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ek);
    }

    @Override
    public String toString() {
        return "MlKemPublicKey[" + parameterSet + "]";
    }
}
