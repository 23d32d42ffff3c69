/** The primitives boundary: every call to a JCA primitive in Citadel happens inside this module. */
module dev.citadel.corecrypto {
    exports dev.citadel.corecrypto;
    exports dev.citadel.corecrypto.aead;
    exports dev.citadel.corecrypto.cipher;
    exports dev.citadel.corecrypto.digest;
    exports dev.citadel.corecrypto.hazmat;
    exports dev.citadel.corecrypto.kdf;
    exports dev.citadel.corecrypto.mac;
}
