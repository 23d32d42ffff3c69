package dev.citadel.cryptokit.commoncrypto;

import dev.citadel.cryptokit.CryptoKitException;

/**
 * {@code CCCryptorStatus}, with Apple's numeric values. Common Crypto calls here throw
 * {@link CryptoKitException} (one exception family per module); {@link #of} gives the status a C caller
 * would have seen, for logs and for porting code that switches on it.
 */
public enum CCCryptorStatus {
    SUCCESS(0),
    PARAM_ERROR(-4300),
    BUFFER_TOO_SMALL(-4301),
    MEMORY_FAILURE(-4302),
    ALIGNMENT_ERROR(-4303),
    DECODE_ERROR(-4304),
    UNIMPLEMENTED(-4305),
    OVERFLOW(-4306),
    RNG_FAILURE(-4307),
    UNSPECIFIED_ERROR(-4308),
    CALL_SEQUENCE_ERROR(-4309),
    KEY_SIZE_ERROR(-4310),
    INVALID_KEY(-4311);

    private final int value;

    CCCryptorStatus(int value) {
        this.value = value;
    }

    /** Apple's numeric value ({@code kCCParamError} = -4300, …). */
    public int value() {
        return value;
    }

    /** The status Common Crypto reports for the failure {@code e}. */
    public static CCCryptorStatus of(CryptoKitException e) {
        return switch (e.reason()) {
            case INCORRECT_KEY_SIZE -> KEY_SIZE_ERROR;
            case INCORRECT_PARAMETER_SIZE, INVALID_PARAMETER -> PARAM_ERROR;
            case BLOCK_ALIGNMENT, INVALID_CIPHERTEXT -> ALIGNMENT_ERROR;
            case INVALID_PADDING, AUTHENTICATION_FAILURE, INVALID_ENCODING -> DECODE_ERROR;
            case CALL_SEQUENCE -> CALL_SEQUENCE_ERROR;
            case UNSUPPORTED_ALGORITHM -> UNIMPLEMENTED;
            case LIMIT_EXCEEDED -> OVERFLOW;
            case KEY_DESTROYED, INVALID_KEY -> INVALID_KEY;
            default -> UNSPECIFIED_ERROR;
        };
    }
}
