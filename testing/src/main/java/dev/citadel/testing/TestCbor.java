package dev.citadel.testing;

import dev.citadel.encoding.Bytes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal CBOR encoder for building authenticator outputs in tests (preferred serialisation: shortest heads,
 * definite lengths; maps in iteration order). Encodes Integer/Long, byte[], Bytes, String, Boolean, List and Map.
 */
public final class TestCbor {

    private TestCbor() {}

    public static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    /** An ordered map: {@code map("a", 1, "b", bytes)}. */
    public static Map<Object, Object> map(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static void write(ByteArrayOutputStream out, Object v) {
        switch (v) {
            case Integer i -> write(out, (long) i);
            case Long l -> head(out, l >= 0 ? 0 : 1, l >= 0 ? l : -1 - l);
            case byte[] b -> {
                head(out, 2, b.length);
                out.writeBytes(b);
            }
            case Bytes b -> write(out, b.toByteArray());
            case String s -> {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                head(out, 3, b.length);
                out.writeBytes(b);
            }
            case List<?> list -> {
                head(out, 4, list.size());
                list.forEach(x -> write(out, x));
            }
            case Map<?, ?> map -> {
                head(out, 5, map.size());
                map.forEach((k, x) -> {
                    write(out, k);
                    write(out, x);
                });
            }
            case Boolean b -> out.write(b ? 0xf5 : 0xf4);
            default -> throw new IllegalArgumentException(v.getClass().getName());
        }
    }

    private static void head(ByteArrayOutputStream out, int major, long arg) {
        int m = major << 5;
        if (arg < 24) {
            out.write(m | (int) arg);
        } else if (arg < 0x100) {
            out.write(m | 24);
            out.write((int) arg);
        } else if (arg < 0x10000) {
            out.write(m | 25);
            out.write((int) (arg >> 8));
            out.write((int) arg);
        } else if (arg < 0x1_0000_0000L) {
            out.write(m | 26);
            for (int s = 24; s >= 0; s -= 8) {
                out.write((int) (arg >> s));
            }
        } else {
            out.write(m | 27);
            for (int s = 56; s >= 0; s -= 8) {
                out.write((int) (arg >> s));
            }
        }
    }
}
