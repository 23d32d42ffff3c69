package dev.citadel.cryptokit.commoncrypto;

import dev.citadel.cryptokit.SymmetricKey;
import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * The one-shot {@code CCCrypt}: create, update, final in one call.
 *
 * <pre>{@code
 * byte[] ct = CommonCrypto.crypt(CCOperation.ENCRYPT, CCAlgorithm.AES, Set.of(CCOption.PKCS7_PADDING), key, iv, data);
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * As {@link Cryptor}. Failures throw {@code CryptoKitException}; {@link CCCryptorStatus#of} maps them.
 *
 * <h2>Does not</h2>
 * WARNING: authenticate (see {@link Cryptor}); accept a NULL IV for CBC.
 */
public final class CommonCrypto {

    private CommonCrypto() {}

    public static byte[] crypt(CCOperation operation, CCAlgorithm algorithm, Set<CCOption> options, SymmetricKey key, byte[] iv, byte[] data) {
        CCMode mode = options.contains(CCOption.ECB_MODE) ? CCMode.ECB : CCMode.CBC;
        Cryptor c = Cryptor.create(operation, mode, algorithm, options.contains(CCOption.PKCS7_PADDING), key, mode == CCMode.ECB ? null : iv);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + algorithm.blockSize());
        out.writeBytes(c.update(data));
        out.writeBytes(c.doFinal());
        return out.toByteArray();
    }
}
