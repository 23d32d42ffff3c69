package dev.citadel.cryptokit.internal.failure;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import java.util.function.Supplier;

/**
 * The translation of corecrypto's exception family into {@link CryptoKitException}. Every call
 * from cryptokit into corecrypto goes through {@link #call} or {@link #run}.
 */
public final class CoreFailures {

    private CoreFailures() {}

    public static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (CryptoException e) {
            throw translate(e);
        }
    }

    public static void run(Runnable operation) {
        call(() -> {
            operation.run();
            return null;
        });
    }

    public static CryptoKitException translate(CryptoException e) {
        Reason r = switch (e.reason()) {
            case AUTHENTICATION_FAILED -> Reason.AUTHENTICATION_FAILURE;
            case INVALID_SIGNATURE -> Reason.INVALID_SIGNATURE;
            case INVALID_KEY_SIZE -> Reason.INCORRECT_KEY_SIZE;
            case KEY_DESTROYED -> Reason.KEY_DESTROYED;
            case INVALID_NONCE, INVALID_TAG_SIZE, INVALID_OUTPUT_LENGTH -> Reason.INCORRECT_PARAMETER_SIZE;
            case INVALID_CIPHERTEXT -> Reason.INVALID_CIPHERTEXT;
            case INVALID_PADDING -> Reason.INVALID_PADDING;
            case INVALID_INPUT -> Reason.INVALID_PARAMETER;
            case LIMIT_EXCEEDED -> Reason.LIMIT_EXCEEDED;
            case INVALID_POINT -> Reason.INVALID_POINT;
            case SMALL_ORDER -> Reason.SMALL_ORDER;
            case INVALID_ENCODING -> Reason.INVALID_ENCODING;
            case TRAILING_BYTES -> Reason.TRAILING_BYTES;
            case INVALID_KEY -> Reason.INVALID_KEY;
            case UNSUPPORTED_PARAMETERS -> Reason.UNSUPPORTED_ALGORITHM;
            case PAIRWISE_CONSISTENCY_FAILED, ENTROPY_SOURCE_FAILED, NOT_APPROVED, SELF_TEST_FAILED, INTERNAL_ERROR ->
                    Reason.MODULE_ERROR;
        };
        String m = String.valueOf(e.getMessage());
        String prefix = e.reason() + ": ";
        return CryptoKitException.of(r, m.startsWith(prefix) ? m.substring(prefix.length()) : m, e);
    }
}
