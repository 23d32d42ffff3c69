/**
 * Automatic strong passwords: Apple-format generation, the {@code passwordrules} language, strength and
 * NIST SP 800-63B checks, k-anonymity breach checks and the well-known change-password URL.
 */
module dev.citadel.passwords {
    requires dev.citadel.cryptokit;
    requires com.nulabinc.zxcvbn;
    requires java.net.http;

    exports dev.citadel.passwords;
    exports dev.citadel.passwords.rules;
    exports dev.citadel.passwords.strength;
    exports dev.citadel.passwords.breach;
}
