package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AtsPolicy#effectiveFor}: which part of the dictionary decides for a host. */
class AtsPolicyTest {

    static final SpkiPin PIN = new SpkiPin("r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=");

    @Test
    void defaultsAreAts() {
        EffectivePolicy p = AtsPolicy.DEFAULT.effectiveFor("example.com");
        assertThat(p.source()).isEqualTo(EffectivePolicy.Source.ATS_DEFAULT);
        assertThat(p.minimumTlsVersion()).isEqualTo(TlsVersion.TLS_1_2);
        assertThat(p.requiresForwardSecrecy()).isTrue();
        assertThat(p.allowsInsecureHttpLoads()).isFalse();
        assertThat(p.atsEnforced()).isTrue();
        assertThat(p.certificateTransparency()).isEqualTo(EffectivePolicy.CtRequirement.PUBLICLY_TRUSTED);
    }

    @Test
    void exactDomainWithoutSubdomains() {
        AtsPolicy a = AtsPolicy.DEFAULT.withExceptionDomain("example.com", ExceptionDomain.DEFAULTS.withMinimumTlsVersion(TlsVersion.TLS_1_0));
        assertThat(a.effectiveFor("EXAMPLE.com").minimumTlsVersion()).isEqualTo(TlsVersion.TLS_1_0);
        // Without NSIncludesSubdomains a subdomain gets the defaults: otherwise one entry would weaken a whole tree.
        assertThat(a.effectiveFor("www.example.com").source()).isEqualTo(EffectivePolicy.Source.ATS_DEFAULT);
        assertThat(a.effectiveFor("notexample.com").source()).isEqualTo(EffectivePolicy.Source.ATS_DEFAULT);
    }

    @Test
    void subdomainsAndTheMostSpecificEntry() {
        AtsPolicy a = AtsPolicy.DEFAULT
                .withExceptionDomain("example.com", ExceptionDomain.DEFAULTS.withIncludesSubdomains(true).withRequiresForwardSecrecy(false))
                .withExceptionDomain("api.example.com", ExceptionDomain.DEFAULTS.withMinimumTlsVersion(TlsVersion.TLS_1_3));
        EffectivePolicy deep = a.effectiveFor("a.b.example.com");
        assertThat(deep.matchedDomain()).contains("example.com");
        assertThat(deep.requiresForwardSecrecy()).isFalse();
        EffectivePolicy api = a.effectiveFor("api.example.com");
        assertThat(api.matchedDomain()).contains("api.example.com");
        assertThat(api.requiresForwardSecrecy()).as("the exact entry starts from the defaults").isTrue();
        assertThat(api.minimumTlsVersion()).isEqualTo(TlsVersion.TLS_1_3);
        // api.example.com does not include subdomains, so x.api.example.com falls back to example.com's entry.
        assertThat(a.effectiveFor("x.api.example.com").matchedDomain()).contains("example.com");
    }

    @Test
    void arbitraryLoadsDoNotReachExceptionDomains() {
        AtsPolicy a = AtsPolicy.DEFAULT.withAllowsArbitraryLoads(true)
                .withExceptionDomain("strict.example", ExceptionDomain.DEFAULTS);
        EffectivePolicy loose = a.effectiveFor("anything.example");
        assertThat(loose.source()).isEqualTo(EffectivePolicy.Source.ARBITRARY_LOADS);
        assertThat(loose.allowsInsecureHttpLoads()).isTrue();
        assertThat(loose.atsEnforced()).isFalse();
        EffectivePolicy strict = a.effectiveFor("strict.example");
        assertThat(strict.source()).isEqualTo(EffectivePolicy.Source.EXCEPTION_DOMAIN);
        assertThat(strict.allowsInsecureHttpLoads()).isFalse();
        assertThat(strict.minimumTlsVersion()).isEqualTo(TlsVersion.TLS_1_2);
    }

    @Test
    void localNetworking() {
        AtsPolicy a = AtsPolicy.DEFAULT.withAllowsLocalNetworking(true);
        for (String h : List.of("localhost", "printer", "printer.local", "127.0.0.1", "192.168.1.20", "::1", "[fe80::1]")) {
            assertThat(a.effectiveFor(h).source()).as(h).isEqualTo(EffectivePolicy.Source.LOCAL_NETWORKING);
        }
        assertThat(a.effectiveFor("example.com").source()).isEqualTo(EffectivePolicy.Source.ATS_DEFAULT);
        assertThat(a.effectiveFor("local.example.com").source()).isEqualTo(EffectivePolicy.Source.ATS_DEFAULT);
        // Without the key, local hosts get full ATS.
        assertThat(AtsPolicy.DEFAULT.effectiveFor("localhost").source()).isEqualTo(EffectivePolicy.Source.ATS_DEFAULT);
    }

    @Test
    void ctAlwaysWhenTheDomainAsksForIt() {
        AtsPolicy a = AtsPolicy.DEFAULT.withExceptionDomain("ct.example", ExceptionDomain.DEFAULTS.withRequiresCertificateTransparency(true));
        assertThat(a.effectiveFor("ct.example").certificateTransparency()).isEqualTo(EffectivePolicy.CtRequirement.ALWAYS);
    }

    @Test
    void pinsAreLookedUpOnTheirOwn() {
        AtsPolicy a = AtsPolicy.DEFAULT.withPinnedDomain("example.com", new PinnedDomain(true, List.of(PIN), List.of()))
                .withExceptionDomain("www.example.com", ExceptionDomain.DEFAULTS);
        assertThat(a.effectiveFor("www.example.com").pins()).isPresent();
        assertThat(a.effectiveFor("example.org").pins()).isEmpty();
        AtsPolicy exact = AtsPolicy.DEFAULT.withPinnedDomain("example.com", new PinnedDomain(false, List.of(PIN), List.of()));
        assertThat(exact.effectiveFor("www.example.com").pins()).isEmpty();
    }
}
