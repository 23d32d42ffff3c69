/**
 * CryptoKit-, Common Crypto- and SecKey-shaped cryptography for Citadel's capability modules, built on
 * corecrypto (the only module that calls JCA primitives). Capability modules get every primitive,
 * and all their randomness, through this module.
 */
module dev.citadel.cryptokit {
    requires dev.citadel.corecrypto;
    // The jose package implements Nimbus interfaces, so its types are part of this API.
    requires transitive com.nimbusds.jose.jwt;

    exports dev.citadel.cryptokit;
    exports dev.citadel.cryptokit.commoncrypto;
    exports dev.citadel.cryptokit.hpke;
    exports dev.citadel.cryptokit.jose;
    exports dev.citadel.cryptokit.keys;




}
