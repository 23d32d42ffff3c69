package dev.citadel.trust.ct;

import java.util.Objects;
import java.util.Optional;

/**
 * What a certificate's CT evaluation looks at: the leaf, its issuer (needed to rebuild the precertificate
 * entry of embedded SCTs and to find the leaf in an OCSP response), and optionally a stapled OCSP response
 * and a TLS {@code signed_certificate_timestamp} extension body. Immutable; byte arrays are copied in and out.
 *
 * <p>Pass the issuer the path builder chose for the leaf. When the leaf has no embedded SCTs and no OCSP
 * response is given, the issuer may be absent.
 */
public final class CtInput {

    private final byte[] leafDer;
    private final byte[] issuerDer;
    private final byte[] ocspResponse;
    private final byte[] tlsSctList;

    private CtInput(byte[] leafDer, byte[] issuerDer, byte[] ocspResponse, byte[] tlsSctList) {
        this.leafDer = leafDer;
        this.issuerDer = issuerDer;
        this.ocspResponse = ocspResponse;
        this.tlsSctList = tlsSctList;
    }

    /** The leaf and its issuer, both DER. */
    public static CtInput of(byte[] leafDer, byte[] issuerDer) {
        return new CtInput(Objects.requireNonNull(leafDer, "leafDer").clone(),
                Objects.requireNonNull(issuerDer, "issuerDer").clone(), null, null);
    }

    /** The leaf alone: only OCSP-free, TLS-delivered SCTs can then be verified. */
    public static CtInput leafOnly(byte[] leafDer) {
        return new CtInput(Objects.requireNonNull(leafDer, "leafDer").clone(), null, null, null);
    }

    /** Adds a stapled OCSP response ({@code OCSPResponse} or {@code BasicOCSPResponse} DER). */
    public CtInput withOcspResponse(byte[] ocspDer) {
        return new CtInput(leafDer, issuerDer, Objects.requireNonNull(ocspDer, "ocspDer").clone(), tlsSctList);
    }

    /** Adds the body of a TLS {@code signed_certificate_timestamp} extension (a TLS-encoded SCT list). */
    public CtInput withTlsSctList(byte[] tlsEncodedList) {
        return new CtInput(leafDer, issuerDer, ocspResponse, Objects.requireNonNull(tlsEncodedList, "tlsEncodedList").clone());
    }

    public byte[] leafDer() {
        return leafDer.clone();
    }

    public Optional<byte[]> issuerDer() {
        return Optional.ofNullable(issuerDer).map(byte[]::clone);
    }

    public Optional<byte[]> ocspResponse() {
        return Optional.ofNullable(ocspResponse).map(byte[]::clone);
    }

    public Optional<byte[]> tlsSctList() {
        return Optional.ofNullable(tlsSctList).map(byte[]::clone);
    }
}
