/** The primitives boundary: every call to a JCA primitive in Citadel happens inside this module. */
module dev.citadel.corecrypto {
    // BouncyCastle's lightweight classes fill gaps in the JDK's API; never registered as a JCA provider.
    requires org.bouncycastle.provider;

    exports dev.citadel.corecrypto;
    exports dev.citadel.corecrypto.aead;
    exports dev.citadel.corecrypto.cipher;
    exports dev.citadel.corecrypto.digest;
    exports dev.citadel.corecrypto.hazmat;
    exports dev.citadel.corecrypto.kdf;
    exports dev.citadel.corecrypto.mac;
    exports dev.citadel.corecrypto.pk;
    exports dev.citadel.corecrypto.ec;
    exports dev.citadel.corecrypto.eddsa;
    exports dev.citadel.corecrypto.rsa;
    exports dev.citadel.corecrypto.pq;
    exports dev.citadel.corecrypto.provider;
}
