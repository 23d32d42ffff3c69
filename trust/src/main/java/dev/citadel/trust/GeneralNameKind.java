package dev.citadel.trust;

/** The GeneralName forms (RFC 5280 §4.2.1.6) the evaluator distinguishes. */
enum GeneralNameKind {
    DNS, IP, EMAIL, URI, DIRECTORY,
    /** otherName, x400Address, ediPartyName, registeredID: recognised as present, never matched. */
    OTHER;

    static GeneralNameKind ofTag(int tag) {
        return switch (tag) {
            case 1 -> EMAIL;
            case 2 -> DNS;
            case 4 -> DIRECTORY;
            case 6 -> URI;
            case 7 -> IP;
            default -> OTHER;
        };
    }
}
