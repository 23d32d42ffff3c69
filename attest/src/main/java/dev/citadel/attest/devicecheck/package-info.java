/**
 * DeviceCheck: {@link dev.citadel.attest.devicecheck.DeviceCheckClient}, a client for Apple's two-bits API,
 * and {@link dev.citadel.attest.devicecheck.CitadelDeviceCheck}, the domain of Citadel's compatible service
 * (the server hosts it). The two share no request or response types. See {@code docs/devicecheck.md}.
 */
package dev.citadel.attest.devicecheck;
