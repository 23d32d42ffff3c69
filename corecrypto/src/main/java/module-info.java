/** The primitives boundary: every call to a JCA primitive in Citadel happens inside this module. */
module dev.citadel.corecrypto {
    exports dev.citadel.corecrypto;
}
