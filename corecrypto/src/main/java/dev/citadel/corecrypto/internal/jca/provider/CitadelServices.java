package dev.citadel.corecrypto.internal.jca.provider;

import static dev.citadel.corecrypto.internal.jca.provider.ProviderAlgorithms.*;

import dev.citadel.corecrypto.internal.jca.provider.EcdsaSignatureSpi.Encoding;
import dev.citadel.corecrypto.internal.jca.provider.EdwardsKeyPairGeneratorSpi.Kind;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.security.Provider;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The services of the Citadel provider (docs/crypto-provider.md lists them with their guarantees). */
public final class CitadelServices {

    private CitadelServices() {}

    /** Registers every service of {@code provider} through {@code put} (the provider's own putService). */
    public static void register(Provider provider, Consumer<Provider.Service> put) {
        Registrar r = new Registrar(provider, put);
        ecdsa(r, SHA256_WITH_ECDSA, SHA256_WITH_ECDDSA, OID_ECDSA_SHA256, SignatureHash.SHA_256);
        ecdsa(r, SHA384_WITH_ECDSA, SHA384_WITH_ECDDSA, OID_ECDSA_SHA384, SignatureHash.SHA_384);
        ecdsa(r, SHA512_WITH_ECDSA, SHA512_WITH_ECDDSA, OID_ECDSA_SHA512, SignatureHash.SHA_512);
        r.add(SIGNATURE, ED25519, Ed25519SignatureSpi.class, List.of(EDDSA, "OID." + OID_ED25519, OID_ED25519),
                Ed25519SignatureSpi::new);

        r.add(KEY_PAIR_GENERATOR, EC, EcKeyPairGeneratorSpi.class, List.of("EllipticCurve", "OID." + OID_EC_PUBLIC_KEY, OID_EC_PUBLIC_KEY),
                EcKeyPairGeneratorSpi::new);
        r.add(KEY_PAIR_GENERATOR, ED25519, EdwardsKeyPairGeneratorSpi.class, List.of(EDDSA, "OID." + OID_ED25519, OID_ED25519),
                () -> new EdwardsKeyPairGeneratorSpi(Kind.ED25519));
        r.add(KEY_PAIR_GENERATOR, X25519, EdwardsKeyPairGeneratorSpi.class, List.of(XDH, "OID." + OID_X25519, OID_X25519),
                () -> new EdwardsKeyPairGeneratorSpi(Kind.X25519));

        r.add(KEY_FACTORY, EC, EcKeyFactorySpi.class, List.of("EllipticCurve", "OID." + OID_EC_PUBLIC_KEY, OID_EC_PUBLIC_KEY),
                EcKeyFactorySpi::new);
        r.add(KEY_FACTORY, ED25519, EdwardsKeyFactorySpi.class, List.of(EDDSA, "OID." + OID_ED25519, OID_ED25519),
                () -> new EdwardsKeyFactorySpi(Kind.ED25519));
        r.add(KEY_FACTORY, X25519, EdwardsKeyFactorySpi.class, List.of(XDH, "OID." + OID_X25519, OID_X25519),
                () -> new EdwardsKeyFactorySpi(Kind.X25519));

        r.add(KEY_AGREEMENT, ECDH, EcdhKeyAgreementSpi.class, List.of(), EcdhKeyAgreementSpi::new);
        r.add(KEY_AGREEMENT, X25519, X25519KeyAgreementSpi.class, List.of(XDH, "OID." + OID_X25519, OID_X25519),
                X25519KeyAgreementSpi::new);
    }

    /** The randomised (hedged) and deterministic (RFC 6979) ECDSA of one hash, DER and P1363 each. */
    private static void ecdsa(Registrar r, String name, String deterministicName, String oid, SignatureHash hash) {
        r.add(SIGNATURE, name, EcdsaSignatureSpi.class, List.of("OID." + oid, oid),
                () -> new EcdsaSignatureSpi(hash, Encoding.DER, false));
        r.add(SIGNATURE, name + P1363_SUFFIX, EcdsaSignatureSpi.class, List.of(),
                () -> new EcdsaSignatureSpi(hash, Encoding.P1363, false));
        r.add(SIGNATURE, deterministicName, EcdsaSignatureSpi.class, List.of(),
                () -> new EcdsaSignatureSpi(hash, Encoding.DER, true));
        r.add(SIGNATURE, deterministicName + P1363_SUFFIX, EcdsaSignatureSpi.class, List.of(),
                () -> new EcdsaSignatureSpi(hash, Encoding.P1363, true));
    }

    private record Registrar(Provider provider, Consumer<Provider.Service> put) {
        void add(String type, String algorithm, Class<?> engine, List<String> aliases, Supplier<Object> factory) {
            put.accept(new CitadelService(provider, type, algorithm, engine, aliases, factory));
        }
    }
}
