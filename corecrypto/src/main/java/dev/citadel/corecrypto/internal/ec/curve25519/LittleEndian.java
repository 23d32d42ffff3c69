package dev.citadel.corecrypto.internal.ec.curve25519;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** 64-bit little-endian loads and stores on byte arrays (RFC 7748 / RFC 8032 encodings are little-endian). */
final class LittleEndian {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {}

    static long getLong(byte[] b, int offset) {
        return (long) LONGS.get(b, offset);
    }

    static void putLong(byte[] b, int offset, long v) {
        LONGS.set(b, offset, v);
    }
}
