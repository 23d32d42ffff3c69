/**
 * Automatic strong passwords: Apple-format generation, the {@code passwordrules} language, strength and
 * NIST SP 800-63B checks, k-anonymity breach checks and the well-known change-password URL.
 */
module dev.citadel.passwords {
    requires dev.citadel.corecrypto;

    exports dev.citadel.passwords;
    exports dev.citadel.passwords.rules;
}
