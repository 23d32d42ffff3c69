package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.ec.EcPublicPoint;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Arrays;

/** A validated P-256/384/521 public key of the Citadel provider (the point is checked by {@link EcPublicPoint}). */
public final class CitadelEcPublicKey implements ECPublicKey {

    private static final long serialVersionUID = 1L;

    private final transient EcPublicPoint point;

    CitadelEcPublicKey(EcPublicPoint point) {
        this.point = point;
    }

    EcPublicPoint point() {
        return point;
    }

    @Override
    public ECPoint getW() {
        return new ECPoint(point.x(), point.y());
    }

    @Override
    public ECParameterSpec getParams() {
        return EcParameters.spec(point.curve());
    }

    @Override
    public String getAlgorithm() {
        return ProviderAlgorithms.EC;
    }

    @Override
    public String getFormat() {
        return ProviderAlgorithms.X509;
    }

    /** RFC 5480 SubjectPublicKeyInfo, named curve, uncompressed point. */
    @Override
    public byte[] getEncoded() {
        return point.spki();
    }

    /** Equal to any public key with the same X.509 encoding (as the JDK's keys compare). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey other && ProviderAlgorithms.X509.equals(other.getFormat())
                && Arrays.equals(getEncoded(), other.getEncoded());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(getEncoded());
    }

    /** Serialised as its standard encoding ({@code KeyRep}), as the JDK's keys are; the fields are never written. */
    @java.io.Serial
    private Object writeReplace() {
        return new java.security.KeyRep(java.security.KeyRep.Type.PUBLIC, ProviderAlgorithms.EC, ProviderAlgorithms.X509, getEncoded());
    }

    @Override
    public String toString() {
        return "Citadel EC public key [" + point + "]";
    }
}
