package dev.citadel.attest;

/** Receipt field 6: a receipt from an attestation, or one refreshed from Apple's server. */
public enum ReceiptType { ATTEST, RECEIPT }
