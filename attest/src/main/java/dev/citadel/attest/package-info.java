/** App Attest: verification of Apple's attestations, assertions and receipts. See {@code docs/attest.md}. */
package dev.citadel.attest;
