package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.jca.JcaBytes;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK's own {@link ECParameterSpec} object for each {@link EcCurve}, and the reverse mapping by value.
 * Keys carry the JDK's objects (not look-alikes) because JSSE and {@code CurveDB} match named groups by
 * them; a spec from any other source is matched on every domain parameter.
 */
final class EcParameters {

    private static final Map<EcCurve, ECParameterSpec> SPECS = load();

    private EcParameters() {}

    private static Map<EcCurve, ECParameterSpec> load() {
        Map<EcCurve, ECParameterSpec> specs = new EnumMap<>(EcCurve.class);
        for (EcCurve c : EcCurve.values()) {
            try {
                AlgorithmParameters ap = AlgorithmParameters.getInstance(ProviderAlgorithms.EC, ProviderAlgorithms.SUN_EC);
                ap.init(new ECGenParameterSpec(ProviderAlgorithms.stdName(c)));
                specs.put(c, ap.getParameterSpec(ECParameterSpec.class));
            } catch (GeneralSecurityException e) {
                throw JcaBytes.bug(e);
            }
        }
        return specs;
    }

    static ECParameterSpec spec(EcCurve curve) {
        return SPECS.get(curve);
    }

    /** The curve whose domain parameters equal {@code spec}'s (field, a, b, generator, order, cofactor). */
    static Optional<EcCurve> curveOf(ECParameterSpec spec) {
        if (spec == null) {
            return Optional.empty();
        }
        for (Map.Entry<EcCurve, ECParameterSpec> e : SPECS.entrySet()) {
            ECParameterSpec s = e.getValue();
            if (s == spec || (spec.getCurve().getField() instanceof ECFieldFp f
                    && f.getP().equals(((ECFieldFp) s.getCurve().getField()).getP())
                    && spec.getCurve().getA().equals(s.getCurve().getA())
                    && spec.getCurve().getB().equals(s.getCurve().getB())
                    && spec.getGenerator().equals(s.getGenerator())
                    && spec.getOrder().equals(s.getOrder())
                    && spec.getCofactor() == s.getCofactor())) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The curve named by an {@code ECGenParameterSpec} or given as an {@code ECParameterSpec}. */
    static EcCurve curveOf(AlgorithmParameterSpec params) throws InvalidAlgorithmParameterException {
        Optional<EcCurve> curve = switch (params) {
            case ECGenParameterSpec g -> ProviderAlgorithms.curveNamed(g.getName());
            case ECParameterSpec s -> curveOf(s);
            case null -> Optional.empty();
            default -> throw new InvalidAlgorithmParameterException("expected ECGenParameterSpec or ECParameterSpec, got "
                    + params.getClass().getName());
        };
        return curve.orElseThrow(() -> new InvalidAlgorithmParameterException("curve not offered (P-256, P-384, P-521)"));
    }
}
