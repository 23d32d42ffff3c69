package dev.citadel.trust;

/** A problem tied to a certificate, before it is placed at an index of the reported chain. */
record Finding(Certificate certificate, TrustReason reason, String detail) {}
