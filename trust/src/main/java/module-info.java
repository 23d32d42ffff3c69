/**
 * Certificate trust modelled on SecTrust: path building, RFC 5280 and CA/Browser Forum validation,
 * policies, revocation and trust stores. Every signature check runs through cryptokit; BouncyCastle
 * parses ASN.1 structures only.
 */
module dev.citadel.trust {
    requires dev.citadel.cryptokit;
    requires transitive org.bouncycastle.provider;
    requires org.bouncycastle.util;
    requires org.bouncycastle.pkix;
    requires com.ibm.icu;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;

    exports dev.citadel.trust;
    exports dev.citadel.trust.revocation;
    exports dev.citadel.trust.ct;
}
