package dev.citadel.corecrypto.ec;

/** How an ECDSA signature (r, s) is written. */
public enum EcdsaSignatureEncoding {
    /** X.509 / RFC 3279 {@code Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }}, strict DER. */
    DER,
    /** IEEE P1363 / JOSE / WebCrypto: {@code r || s}, each exactly the curve's coordinate length. */
    P1363
}
