package dev.citadel.corecrypto.internal.der;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.HexFormat;

/** DER encoders for the few structures corecrypto writes (X.690 §10). */
public final class DerWriter {

    private DerWriter() {}

    public static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int n = (32 - Integer.numberOfLeadingZeros(len) + 7) / 8;
            out.write(0x80 | n);
            for (int i = n - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    public static byte[] sequence(byte[]... parts) {
        return tlv(DerReader.SEQUENCE, concat(parts));
    }

    public static byte[] integer(BigInteger v) {
        return tlv(DerReader.INTEGER, v.toByteArray());
    }

    public static byte[] octetString(byte[] content) {
        return tlv(DerReader.OCTET_STRING, content);
    }

    public static byte[] bitString(byte[] content) {
        return tlv(DerReader.BIT_STRING, concat(new byte[] {0}, content));
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
