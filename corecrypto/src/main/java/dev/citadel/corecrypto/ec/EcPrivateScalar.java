package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The private half shared by ECDSA and ECDH keys: a scalar d in [1, n) with its public point, plus the
 * raw and RFC 5915 / PKCS#8 codecs. Zeroised on {@link #close()}.
 */
final class EcPrivateScalar implements AutoCloseable {

    private final EcCurve curve;
    private final byte[] scalar;
    private final EcPublicPoint publicPoint;
    private volatile boolean closed;

    private EcPrivateScalar(EcCurve curve, byte[] scalar, EcPublicPoint publicPoint) {
        this.curve = curve;
        this.scalar = scalar;
        this.publicPoint = publicPoint;
    }

    static EcPrivateScalar fromEngine(EcCurve curve, EcEngine.KeyPair kp) {
        return new EcPrivateScalar(curve, kp.scalar(), EcPublicPoint.of(curve, kp.point().x(), kp.point().y()));
    }

    /**
     * This key if its public point has a compact representation, else the key with scalar n − d (public
     * point (x, p − y)), which has one. Closes {@code this} when it returns a new key.
     */
    EcPrivateScalar compactRepresentable() {
        if (publicPoint.compactRepresentation().isPresent()) {
            return this;
        }
        BigInteger negated = curve.order().subtract(new BigInteger(1, scalarForEngine()));
        byte[] raw = dev.citadel.corecrypto.internal.jca.JcaBytes.fixed(negated, curve.coordinateLength());
        try {
            return fromRaw(curve, raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
            close();
        }
    }

    /** A raw big-endian scalar of exactly {@code coordinateLength} bytes, 1 ≤ d < n. Copies the input. */
    static EcPrivateScalar fromRaw(EcCurve curve, byte[] raw) {
        if (raw.length != curve.coordinateLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, curve + " private scalar must be " + curve.coordinateLength() + " bytes");
        }
        BigInteger d = new BigInteger(1, raw);
        if (d.signum() == 0 || d.compareTo(curve.order()) >= 0) {
            throw new InvalidInputException(Reason.INVALID_KEY, "private scalar outside [1, n)");
        }
        byte[] copy = raw.clone();
        EcEngine.Point q = EcEngine.current().publicPoint(curve, copy);
        return new EcPrivateScalar(curve, copy, EcPublicPoint.of(curve, q.x(), q.y()));
    }

    /**
     * ANSI X9.63 private key {@code 04 || x || y || d} (Apple's {@code x963Representation}); the public
     * point must be d·G.
     */
    static EcPrivateScalar fromX963(EcCurve curve, byte[] encoded) {
        int l = curve.coordinateLength();
        if (encoded.length != 1 + 3 * l || encoded[0] != 4) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "not an X9.63 " + curve + " private key");
        }
        EcPublicPoint claimed = EcPublicPoint.fromX963(curve, Arrays.copyOf(encoded, 1 + 2 * l));
        byte[] d = Arrays.copyOfRange(encoded, 1 + 2 * l, encoded.length);
        try {
            EcPrivateScalar key = fromRaw(curve, d);
            if (!key.publicPoint.equals(claimed)) {
                key.close();
                throw new InvalidInputException(Reason.INVALID_KEY, "X9.63 public point does not match the private scalar");
            }
            return key;
        } finally {
            Arrays.fill(d, (byte) 0);
        }
    }

    byte[] x963() {
        return dev.citadel.corecrypto.internal.der.DerWriter.concat(publicPoint.x963(), scalarForEngine());
    }

    /** PKCS#8 (RFC 5208) holding an RFC 5915 ECPrivateKey, named curve; an embedded public key must match. */
    static EcPrivateScalar fromPkcs8(byte[] der) {
        DerReader outer = new DerReader(der);
        DerReader info = outer.readSequence();
        outer.requireEnd();
        if (info.readSmallInteger() != 0) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "PKCS#8 version must be 0");
        }
        DerReader alg = info.readSequence();
        if (!Arrays.equals(alg.readOid(), Oids.EC_PUBLIC_KEY)) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an EC private key");
        }
        if (alg.peekTag() != DerReader.OID) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "explicit curve parameters");
        }
        EcCurve curve = EcCurve.fromOid(alg.readOid());
        alg.requireEnd();
        if (curve == null) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "curve not offered");
        }
        DerReader octets = new DerReader(info.readOctetString());
        info.requireEnd(); // attributes [0] are not accepted: Citadel never writes them
        DerReader ecKey = octets.readSequence();
        octets.requireEnd();
        if (ecKey.readSmallInteger() != 1) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "ECPrivateKey version must be 1");
        }
        byte[] d = ecKey.readOctetString();
        EcPrivateScalar key;
        try {
            key = fromRaw(curve, d);
        } finally {
            Arrays.fill(d, (byte) 0);
        }
        if (ecKey.hasMore() && ecKey.peekTag() == 0xa0) {
            DerReader params = ecKey.read(0xa0);
            if (EcCurve.fromOid(params.readOid()) != curve) {
                throw new InvalidInputException(Reason.INVALID_KEY, "ECPrivateKey parameters name another curve");
            }
            params.requireEnd();
        }
        if (ecKey.hasMore()) {
            DerReader pub = ecKey.read(0xa1);
            EcPublicPoint embedded = EcPublicPoint.fromSec1(curve, pub.readBitString());
            pub.requireEnd();
            if (!embedded.equals(key.publicPoint)) {
                throw new InvalidInputException(Reason.INVALID_KEY, "embedded public key does not match the private scalar");
            }
        }
        ecKey.requireEnd();
        return key;
    }

    EcCurve curve() {
        return curve;
    }

    EcPublicPoint publicPoint() {
        return publicPoint;
    }

    /** The scalar itself (not a copy) for the engine; callers must not retain or modify it. */
    byte[] scalarForEngine() {
        if (closed) {
            throw new InvalidInputException(Reason.KEY_DESTROYED, "private key was closed");
        }
        return scalar;
    }

    byte[] rawCopy() {
        return scalarForEngine().clone();
    }

    byte[] pkcs8() {
        byte[] ecPrivateKey = DerWriter.sequence(DerWriter.integer(BigInteger.ONE), DerWriter.octetString(scalarForEngine()),
                DerWriter.tlv(0xa1, DerWriter.bitString(publicPoint.x963())));
        return DerWriter.sequence(DerWriter.integer(BigInteger.ZERO),
                DerWriter.sequence(Oids.EC_PUBLIC_KEY, curve.oidEncoding()), DerWriter.octetString(ecPrivateKey));
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(scalar, (byte) 0);
    }
}
