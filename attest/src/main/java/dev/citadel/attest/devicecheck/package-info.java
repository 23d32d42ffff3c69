/** DeviceCheck: a client for Apple's two-bits API and a compatible service model. See {@code docs/attest.md}. */
package dev.citadel.attest.devicecheck;
