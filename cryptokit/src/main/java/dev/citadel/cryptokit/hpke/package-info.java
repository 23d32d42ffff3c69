/**
 * HPKE, RFC 9180, with the post-quantum KEMs of draft-ietf-hpke-pq (ML-KEM 0x0040/0x0041/0x0042) and
 * X-Wing (0x647a). Entry point: {@link dev.citadel.cryptokit.hpke.HPKE}.
 *
 * <h2>Security guarantees</h2>
 * See {@link dev.citadel.cryptokit.hpke.HPKE}: validated public keys, nonces from the key schedule,
 * refused sequence overflow, PSKs of at least 32 bytes. Validated by RFC 9180 Appendix A and the
 * Wycheproof HPKE vectors ({@code docs/crypto-validation.md}).
 *
 * <h2>Does not</h2>
 * Reorder or deduplicate messages; offer auth modes for KEMs without AuthEncap.
 */
package dev.citadel.cryptokit.hpke;
