package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.pk.SignatureHash;

/**
 * NIST P-384 (CryptoKit {@code P384}): ECDSA with SHA-384 in {@link Signing} and ECDH in {@link KeyAgreement},
 * with separate key types so a signing key can never be used for agreement.
 *
 * <pre>{@code
 * try (P384.Signing.PrivateKey sk = P384.Signing.PrivateKey.generate()) {
 *     P384.Signing.ECDSASignature sig = sk.signature(data);
 *     sk.publicKey().verify(sig, data);   // throws INVALID_SIGNATURE
 * }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * Every public-key import validates the point (invalid-curve attacks fail with {@code INVALID_POINT});
 * fixed-length representations reject trailing bytes; private keys zeroise on {@code close()}, reveal
 * bytes only with {@link SecretAccess#insecure()} and generate with a pairwise consistency test.
 *
 * <h2>Does not</h2>
 * Reject high-s signatures (FIPS 186-5 accepts both); offer deterministic signing here (randomised,
 * as CryptoKit's).
 */
public final class P384 {

    static final EcCurve CURVE = EcCurve.P_384;
    static final SignatureHash HASH = SignatureHash.SHA_384;

    private P384() {}

    /** ECDSA over P-384 with SHA-384 (FIPS 186-5). */
    public static final class Signing {

        private Signing() {}

        /** An ECDSA P-384 signing key. */
        public static final class PrivateKey extends EcSigningPrivateKey<PublicKey, ECDSASignature> {

            private PrivateKey(EcdsaPrivateKey key) {
                super(key, HASH);
            }

            public static PrivateKey generate() {
                return generate(RandomSource.system());
            }

            public static PrivateKey generate(RandomSource random) {
                return new PrivateKey(generateCore(CURVE, random));
            }

            /**
             * A fresh key whose public key has a {@code compactRepresentation} (CryptoKit's
             * {@code compactRepresentable: true}): if the generated point has the larger y, the scalar is
             * replaced by n − d.
             */
            public static PrivateKey generateCompactRepresentable() {
                return new PrivateKey(generateCompactCore(CURVE, RandomSource.system()));
            }

            public static PrivateKey fromRawRepresentation(byte[] scalar, SecretAccess access) {
                return new PrivateKey(IMPORT.raw(CURVE, scalar, access));
            }

            public static PrivateKey fromX963Representation(byte[] x963, SecretAccess access) {
                return new PrivateKey(IMPORT.x963(CURVE, x963, access));
            }

            public static PrivateKey fromDerRepresentation(byte[] pkcs8, SecretAccess access) {
                return new PrivateKey(IMPORT.der(CURVE, pkcs8, access));
            }

            public static PrivateKey fromPemRepresentation(String pem, SecretAccess access) {
                return new PrivateKey(IMPORT.pem(CURVE, pem, access));
            }

            @Override
            PublicKey wrapPublic(EcPublicPoint point) {
                return new PublicKey(point);
            }

            @Override
            ECDSASignature wrapSignature(byte[] raw) {
                return new ECDSASignature(raw);
            }
        }

        /** An ECDSA P-384 verification key. */
        public static final class PublicKey extends EcSigningPublicKey<ECDSASignature> {

            private PublicKey(EcPublicPoint point) {
                super(point, HASH);
            }

            public static PublicKey fromRawRepresentation(byte[] raw) {
                return new PublicKey(parseRaw(CURVE, raw));
            }

            public static PublicKey fromX963Representation(byte[] x963) {
                return new PublicKey(parseX963(CURVE, x963));
            }

            public static PublicKey fromCompressedRepresentation(byte[] compressed) {
                return new PublicKey(parseCompressed(CURVE, compressed));
            }

            public static PublicKey fromCompactRepresentation(byte[] compact) {
                return new PublicKey(parseCompact(CURVE, compact));
            }

            public static PublicKey fromDerRepresentation(byte[] spki) {
                return new PublicKey(parseDer(CURVE, spki));
            }

            public static PublicKey fromPemRepresentation(String pem) {
                return new PublicKey(parsePem(CURVE, pem));
            }
        }

        /** An ECDSA P-384 signature. */
        public static final class ECDSASignature extends EcdsaSignatureBase {

            private ECDSASignature(byte[] raw) {
                super(CURVE, raw);
            }

            /** {@code r || s}; exactly 96 bytes. */
            public static ECDSASignature fromRawRepresentation(byte[] raw) {
                return new ECDSASignature(checkRaw(CURVE, raw));
            }

            /** Strict DER {@code Ecdsa-Sig-Value}. */
            public static ECDSASignature fromDerRepresentation(byte[] der) {
                return new ECDSASignature(rawFromDer(CURVE, der));
            }
        }
    }

    /** ECDH over P-384 (SP 800-56A rev. 3, cofactor 1). */
    public static final class KeyAgreement {

        private KeyAgreement() {}

        /** An ECDH P-384 private key. */
        public static final class PrivateKey extends EcAgreementPrivateKey<PublicKey> {

            private PrivateKey(EcdhPrivateKey key) {
                super(key);
            }

            public static PrivateKey generate() {
                return generate(RandomSource.system());
            }

            public static PrivateKey generate(RandomSource random) {
                return new PrivateKey(generateCore(CURVE, random));
            }

            /**
             * A fresh key whose public key has a {@code compactRepresentation} (CryptoKit's
             * {@code compactRepresentable: true}): if the generated point has the larger y, the scalar is
             * replaced by n − d.
             */
            public static PrivateKey generateCompactRepresentable() {
                return new PrivateKey(generateCompactCore(CURVE, RandomSource.system()));
            }

            public static PrivateKey fromRawRepresentation(byte[] scalar, SecretAccess access) {
                return new PrivateKey(IMPORT.raw(CURVE, scalar, access));
            }

            public static PrivateKey fromX963Representation(byte[] x963, SecretAccess access) {
                return new PrivateKey(IMPORT.x963(CURVE, x963, access));
            }

            public static PrivateKey fromDerRepresentation(byte[] pkcs8, SecretAccess access) {
                return new PrivateKey(IMPORT.der(CURVE, pkcs8, access));
            }

            public static PrivateKey fromPemRepresentation(String pem, SecretAccess access) {
                return new PrivateKey(IMPORT.pem(CURVE, pem, access));
            }

            @Override
            PublicKey wrapPublic(EcPublicPoint point) {
                return new PublicKey(point);
            }
        }

        /** An ECDH P-384 public key. */
        public static final class PublicKey extends EcAgreementPublicKey {

            private PublicKey(EcPublicPoint point) {
                super(point);
            }

            public static PublicKey fromRawRepresentation(byte[] raw) {
                return new PublicKey(parseRaw(CURVE, raw));
            }

            public static PublicKey fromX963Representation(byte[] x963) {
                return new PublicKey(parseX963(CURVE, x963));
            }

            public static PublicKey fromCompressedRepresentation(byte[] compressed) {
                return new PublicKey(parseCompressed(CURVE, compressed));
            }

            public static PublicKey fromCompactRepresentation(byte[] compact) {
                return new PublicKey(parseCompact(CURVE, compact));
            }

            public static PublicKey fromDerRepresentation(byte[] spki) {
                return new PublicKey(parseDer(CURVE, spki));
            }

            public static PublicKey fromPemRepresentation(String pem) {
                return new PublicKey(parsePem(CURVE, pem));
            }
        }
    }
}
