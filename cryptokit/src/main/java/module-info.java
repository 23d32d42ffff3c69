/**
 * CryptoKit-, Common Crypto- and SecKey-shaped cryptography for Citadel's capability modules, built on
 * corecrypto (the only module that calls JCA primitives). Capability modules get every primitive,
 * and all their randomness, through this module.
 */
module dev.citadel.cryptokit {
    requires dev.citadel.corecrypto;
    requires com.nimbusds.jose.jwt;

    exports dev.citadel.cryptokit;
    exports dev.citadel.cryptokit.commoncrypto;
    exports dev.citadel.cryptokit.hpke;
    exports dev.citadel.cryptokit.jose;
    exports dev.citadel.cryptokit.keys;




}
