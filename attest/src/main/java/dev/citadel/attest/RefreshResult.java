package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

/** What Apple's receipt service answered to a refresh: both are normal outcomes a caller must handle. */
public sealed interface RefreshResult {

    /** 200: a new receipt, not yet verified (verify it with a {@link ReceiptVerifier} before storing it). */
    record Refreshed(Bytes receipt) implements RefreshResult {}

    /** 304: asked before the previous receipt's "not before" time; keep using the previous receipt. */
    record NotModified() implements RefreshResult {}
}
