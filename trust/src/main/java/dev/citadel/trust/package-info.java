/**
 * Certificate trust (Apple {@code SecTrust}): build and validate certificate paths under a policy.
 * See {@code docs/trust.md}.
 */
package dev.citadel.trust;
