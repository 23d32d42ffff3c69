package dev.citadel.attest;

import dev.citadel.attest.internal.asn1.Asn1Node;
import dev.citadel.attest.internal.asn1.Asn1Reader;
import java.io.ByteArrayOutputStream;

/** Re-encodes a CMS structure the way Apple does: every constructed element indefinite, the content in chunks. */
final class Ber {

    private Ber() {}

    static byte[] indefiniteWithChunkedContent(byte[] der, int chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(Asn1Reader.read(der, Asn1Reader.Rules.BER), out, chunk, 0);
        return out.toByteArray();
    }

    /**
     * ContentInfo (depth 0), its [0] (1), SignedData (2), encapContentInfo (3) and its [0] (4) become
     * indefinite-length; the eContent OCTET STRING (5) becomes constructed chunks; everything else
     * (certificates, signer infos) is copied as encoded.
     */
    private static void write(Asn1Node n, ByteArrayOutputStream out, int chunk, int depth) {
        if (depth == 5 && n.is(Asn1Node.UNIVERSAL, Asn1Node.OCTET_STRING)) {
            out.write(0x24); // constructed OCTET STRING
            out.write(0x80);
            byte[] c = n.octets();
            for (int i = 0; i < c.length; i += chunk) {
                int len = Math.min(chunk, c.length - i);
                out.write(0x04);
                out.write(0x81);
                out.write(len);
                out.write(c, i, len);
            }
            out.write(0);
            out.write(0);
            return;
        }
        boolean onContentPath = depth <= 2 || (depth == 3 && n.is(Asn1Node.UNIVERSAL, Asn1Node.SEQUENCE)
                && !n.children().isEmpty() && n.child(0).is(Asn1Node.UNIVERSAL, Asn1Node.OID)) || (depth == 4 && n.is(Asn1Node.CONTEXT, 0)
                && n.children().size() == 1 && n.child(0).is(Asn1Node.UNIVERSAL, Asn1Node.OCTET_STRING));
        if (n.constructed() && onContentPath) {
            out.write(n.input()[n.start()]);
            out.write(0x80);
            for (Asn1Node c : n.children()) {
                write(c, out, chunk, depth + 1);
            }
            out.write(0);
            out.write(0);
            return;
        }
        out.write(n.input(), n.start(), n.end() - n.start());
    }
}
