package dev.citadel.trust.ct;

/** Which API a log implements: v3 lists keep RFC 6962 logs under {@code logs} and static-ct-api ones under {@code tiled_logs}. */
public enum LogApi {
    /** RFC 6962 ({@code /ct/v1/...}). */
    RFC6962,
    /** C2SP static-ct-api (tiles and checkpoints). */
    STATIC_CT_API
}
