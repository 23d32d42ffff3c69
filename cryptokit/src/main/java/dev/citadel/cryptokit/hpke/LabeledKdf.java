package dev.citadel.cryptokit.hpke;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.kdf.Hkdf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** RFC 9180 §4 LabeledExtract / LabeledExpand over HKDF with one {@code suite_id}. */
final class LabeledKdf {

    private static final byte[] VERSION = "HPKE-v1".getBytes(StandardCharsets.US_ASCII);

    private final HashAlgorithm hash;
    private final byte[] suiteId;

    LabeledKdf(HashAlgorithm hash, byte[] suiteId) {
        this.hash = hash;
        this.suiteId = suiteId;
    }

    int hashLength() {
        return hash.outputLength();
    }

    /** {@code Extract(salt, "HPKE-v1" || suite_id || label || ikm)}. */
    SecretKeyMaterial labeledExtract(byte[] salt, String label, byte[] ikm) {
        byte[] labeled = concat(VERSION, suiteId, ascii(label), ikm);
        try (SecretKeyMaterial in = SecretKeyMaterial.copyOf(labeled, SecretAccess.insecure())) {
            return Hkdf.extract(hash, salt, in);
        } finally {
            Arrays.fill(labeled, (byte) 0);
        }
    }

    /** {@code Expand(prk, I2OSP(L, 2) || "HPKE-v1" || suite_id || label || info, L)}. */
    SecretKeyMaterial labeledExpand(SecretKeyMaterial prk, String label, byte[] info, int length) {
        byte[] labeledInfo = concat(new byte[] {(byte) (length >> 8), (byte) length}, VERSION, suiteId, ascii(label), info);
        return Hkdf.expand(hash, prk, labeledInfo, length);
    }

    byte[] labeledExpandBytes(SecretKeyMaterial prk, String label, byte[] info, int length) {
        try (SecretKeyMaterial k = labeledExpand(prk, label, info, length)) {
            return k.reveal(SecretAccess.insecure());
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
