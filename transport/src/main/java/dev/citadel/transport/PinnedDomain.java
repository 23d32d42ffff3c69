package dev.citadel.transport;

import java.util.List;

/**
 * One {@code NSPinnedDomains} entry. When {@code leafIdentities} is non-empty, the leaf's SPKI must match
 * one of them; when {@code caIdentities} is non-empty, the SPKI of some CA certificate of the validated
 * chain (an intermediate or the anchor) must match one of them; both apply when both are given. Pinning
 * comes on top of trust evaluation, never instead of it.
 *
 * @param includesSubdomains {@code NSIncludesSubdomains} (default false)
 * @param leafIdentities {@code NSPinnedLeafIdentities}
 * @param caIdentities {@code NSPinnedCAIdentities}
 */
public record PinnedDomain(boolean includesSubdomains, List<SpkiPin> leafIdentities, List<SpkiPin> caIdentities) {

    public PinnedDomain {
        leafIdentities = List.copyOf(leafIdentities);
        caIdentities = List.copyOf(caIdentities);
        if (leafIdentities.isEmpty() && caIdentities.isEmpty()) {
            throw new AtsPolicyException(TransportReason.INVALID_VALUE,
                    "a pinned domain needs NSPinnedLeafIdentities or NSPinnedCAIdentities");
        }
    }
}
