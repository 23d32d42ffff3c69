package dev.citadel.transport;

import java.util.Optional;

/** A TLS protocol version, with its ATS spelling ({@code TLSv1.0}) and its JSSE name ({@code TLSv1}). */
public enum TlsVersion {
    TLS_1_0("TLSv1.0", "TLSv1"),
    TLS_1_1("TLSv1.1", "TLSv1.1"),
    TLS_1_2("TLSv1.2", "TLSv1.2"),
    TLS_1_3("TLSv1.3", "TLSv1.3");

    private final String atsName;
    private final String jsseName;

    TlsVersion(String atsName, String jsseName) {
        this.atsName = atsName;
        this.jsseName = jsseName;
    }

    /** As {@code NSExceptionMinimumTLSVersion} spells it. */
    public String atsName() {
        return atsName;
    }

    /** As JSSE's {@code SSLParameters#setProtocols} spells it. */
    public String jsseName() {
        return jsseName;
    }

    /** The version an {@code NSExceptionMinimumTLSVersion} value names; empty for anything else. */
    public static Optional<TlsVersion> ofAtsName(String name) {
        for (TlsVersion v : values()) {
            if (v.atsName.equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The TLS version a JSSE session protocol corresponds to: {@code TLSv1}…{@code TLSv1.3}, and
     * {@code DTLSv1.2} as TLS 1.2 (RFC 6347 is based on it), {@code DTLSv1.0} as TLS 1.1 (RFC 4347). Empty
     * for SSL and anything unknown.
     */
    public static Optional<TlsVersion> ofProtocol(String protocol) {
        return switch (protocol) {
            case "TLSv1" -> Optional.of(TLS_1_0);
            case "TLSv1.1", "DTLSv1.0" -> Optional.of(TLS_1_1);
            case "TLSv1.2", "DTLSv1.2" -> Optional.of(TLS_1_2);
            case "TLSv1.3" -> Optional.of(TLS_1_3);
            default -> Optional.empty();
        };
    }
}
