package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.ConstantTime;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.Rfc8410Keys;
import dev.citadel.corecrypto.internal.ec.EdwardsEngine;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import java.util.Arrays;

/**
 * An X25519 or X448 private key (RFC 7748 scalar bytes, clamped on use).
 *
 * <h2>Security guarantees</h2>
 * {@link #agree} refuses an all-zero shared secret with {@code SMALL_ORDER} (RFC 7748 §6.1, RFC 8446
 * §7.4.2); generation runs a pairwise consistency test; redacted {@code toString}; {@link #close()}
 * zeroises the bytes held here.
 */
public final class XdhPrivateKey implements AutoCloseable {

    private final XdhAlgorithm algorithm;
    private final byte[] raw;
    private final XdhPublicKey publicKey;
    private volatile boolean closed;

    private XdhPrivateKey(XdhAlgorithm algorithm, byte[] raw) {
        this.algorithm = algorithm;
        this.raw = raw;
        this.publicKey = XdhPublicKey.fromRaw(algorithm, EdwardsEngine.current().publicKey(algorithm.engineCurve, raw));
    }

    public static XdhPrivateKey generate(XdhAlgorithm algorithm) {
        return generate(algorithm, RandomSource.system());
    }

    public static XdhPrivateKey generate(XdhAlgorithm algorithm, RandomSource random) {
        SelfTest.requireOperational();
        XdhPrivateKey k = new XdhPrivateKey(algorithm, random.bytes(algorithm.keyLength()));
        // PCT: agreement with a second, throw-away key gives the same secret from both sides.
        PairwiseConsistency.require(algorithm.name(), () -> {
            try (XdhPrivateKey other = new XdhPrivateKey(algorithm, random.bytes(algorithm.keyLength()));
                    SharedSecret a = k.agree(other.publicKey);
                    SharedSecret b = other.agree(k.publicKey)) {
                return a.equalsSecret(b);
            }
        });
        return k;
    }

    public static XdhPrivateKey fromRaw(XdhAlgorithm algorithm, byte[] raw) {
        SelfTest.requireOperational();
        if (raw.length != algorithm.keyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, algorithm + " private key must be " + algorithm.keyLength() + " bytes");
        }
        return new XdhPrivateKey(algorithm, raw.clone());
    }

    /** RFC 8410 §7 PKCS#8 private key; an embedded public key must match. */
    public static XdhPrivateKey fromPkcs8(byte[] der) {
        SelfTest.requireOperational();
        Rfc8410Keys.Parsed parsed = Rfc8410Keys.parse(der);
        for (XdhAlgorithm a : XdhAlgorithm.values()) {
            if (parsed.oid().equalsArray(a.oid)) {
                byte[] raw = parsed.privateKey().toArray();
                try {
                    XdhPrivateKey k = fromRaw(a, raw);
                    if (parsed.publicKey() != null && !parsed.publicKey().equalsArray(k.publicKey.rawForEngine())) {
                        k.close();
                        throw new InvalidInputException(Reason.INVALID_KEY, "embedded public key does not match");
                    }
                    return k;
                } finally {
                    Arrays.fill(raw, (byte) 0);
                }
            }
        }
        throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an X25519 or X448 private key");
    }

    /** RFC 8410 §7 PKCS#8 encoding. */
    public byte[] revealPkcs8(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return Rfc8410Keys.encode(algorithm.oid, open());
    }

    public XdhAlgorithm algorithm() {
        return algorithm;
    }

    public XdhPublicKey publicKey() {
        return publicKey;
    }

    /** The RFC 7748 shared secret; SMALL_ORDER if it is all zero, INVALID_KEY if the peer uses another curve. */
    public SharedSecret agree(XdhPublicKey peer) {
        SelfTest.requireOperational();
        if (peer.algorithm() != algorithm) {
            throw new InvalidInputException(Reason.INVALID_KEY, "peer key is " + peer.algorithm() + ", not " + algorithm);
        }
        byte[] shared = EdwardsEngine.current().agree(algorithm.engineCurve, open(), peer.rawForEngine());
        if (ConstantTime.equal(shared, new byte[shared.length])) {
            throw new InvalidInputException(Reason.SMALL_ORDER, "all-zero " + algorithm + " shared secret (small-order peer key)");
        }
        return SharedSecret.adopt(shared);
    }

    public byte[] revealRaw(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return open().clone();
    }

    private byte[] open() {
        if (closed) {
            throw new InvalidInputException(Reason.KEY_DESTROYED, "private key was closed");
        }
        return raw;
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(raw, (byte) 0);
    }

    @Override
    public String toString() {
        return "XdhPrivateKey[" + algorithm + ", redacted]";
    }
}
