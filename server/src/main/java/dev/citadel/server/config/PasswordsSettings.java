package dev.citadel.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of the passwords service.
 *
 * @param changePasswordUrl     where {@code /.well-known/change-password} redirects (https URL or a path of
 *                              this server); empty = the route answers 404 until configured
 * @param breachCheck           whether and how {@code POST /passwords/check} queries a breach corpus
 * @param breachRangeUrl        the range-query service for {@link BreachCheck#ONLINE}
 * @param breachPrefixDirectory the prefix files for {@link BreachCheck#OFFLINE}
 */
public record PasswordsSettings(Optional<String> changePasswordUrl, BreachCheck breachCheck, URI breachRangeUrl,
        Optional<Path> breachPrefixDirectory) {

    /** How breached passwords are looked up. */
    public enum BreachCheck {
        /** Not at all: the check reports {@code not-checked}. */
        OFF,
        /** k-anonymity range queries over HTTP. */
        ONLINE,
        /** Range files in a local directory. */
        OFFLINE
    }
}
