/**
 * App Attest and DeviceCheck: verification of Apple's attestations, assertions and receipts, a client for
 * Apple's DeviceCheck API and a DeviceCheck-compatible service model. Chains are validated by the trust
 * module; every signature check runs through cryptokit.
 */
module dev.citadel.attest {
    // The API hands out cryptokit keys (P256, SecKey) and takes an HttpClient.
    requires transitive dev.citadel.cryptokit;
    // Bytes appears throughout the API.
    requires transitive dev.citadel.encoding;
    requires dev.citadel.trust;
    requires com.fasterxml.jackson.databind;
    requires transitive java.net.http;

    exports dev.citadel.attest;
    exports dev.citadel.attest.devicecheck;
}
