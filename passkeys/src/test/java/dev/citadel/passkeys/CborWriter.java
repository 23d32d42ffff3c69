package dev.citadel.passkeys;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A minimal CBOR encoder for building authenticator outputs in tests (definite lengths, shortest heads). */
final class CborWriter {

    private CborWriter() {}

    /** Encodes Long/Integer, byte[], String, Boolean, List and Map (in iteration order). */
    static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object v) {
        switch (v) {
            case Integer i -> write(out, (long) i);
            case Long l -> {
                if (l >= 0) {
                    head(out, 0, l);
                } else {
                    head(out, 1, -1 - l);
                }
            }
            case byte[] b -> {
                head(out, 2, b.length);
                out.writeBytes(b);
            }
            case String s -> {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                head(out, 3, b.length);
                out.writeBytes(b);
            }
            case List<?> list -> {
                head(out, 4, list.size());
                list.forEach(e -> write(out, e));
            }
            case Map<?, ?> map -> {
                head(out, 5, map.size());
                map.forEach((k, e) -> {
                    write(out, k);
                    write(out, e);
                });
            }
            case Boolean b -> out.write(b ? 0xf5 : 0xf4);
            default -> throw new IllegalArgumentException("cannot encode " + v.getClass());
        }
    }

    static void head(ByteArrayOutputStream out, int major, long n) {
        int m = major << 5;
        if (n < 24) {
            out.write(m | (int) n);
        } else if (n < 0x100) {
            out.write(m | 24);
            out.write((int) n);
        } else if (n < 0x10000) {
            out.write(m | 25);
            out.write((int) (n >> 8));
            out.write((int) n);
        } else if (n < 0x100000000L) {
            out.write(m | 26);
            for (int s = 24; s >= 0; s -= 8) {
                out.write((int) (n >> s));
            }
        } else {
            out.write(m | 27);
            for (int s = 56; s >= 0; s -= 8) {
                out.write((int) (n >> s));
            }
        }
    }
}
