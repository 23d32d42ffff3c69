package dev.citadel.passkeys.attestation;

import dev.citadel.testing.TestCbor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborArray;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.internal.Cbor;
import dev.citadel.testing.RequiresVectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile bytes inside real statements: every byte-string member of every vector's statement (signatures,
 * certificates, TPM structures, SafetyNet responses) flipped, truncated and extended. Verification either
 * succeeds or fails with a {@link PasskeyException}; nothing else escapes, and a mutated signature or
 * signed structure never verifies.
 */
@RequiresVectors("webauthn")
class MutatedStatementTest {

    static final int MUTATIONS_PER_MEMBER = 40;

    @Test
    void mutatedMembersFailWithAReasonOrStillVerify() {
        Random random = new Random(20261129);
        AttestationTrustPolicy trust = AttestationTrustPolicy.builder().build();
        int runs = 0;
        int verified = 0;
        for (WebAuthnVectors.Case c : WebAuthnVectors.all()) {
            AttestationInput original;
            try {
                original = c.input();
            } catch (PasskeyException e) {
                continue; // unparseable credential keys (Ed448, odd RSA sizes): nothing to mutate
            }
            if (!(original.attStmt() instanceof CborMap(Map<CborValue, CborValue> members))) {
                continue;
            }
            for (Map.Entry<CborValue, CborValue> m : members.entrySet()) {
                List<byte[]> targets = new ArrayList<>();
                if (m.getValue() instanceof CborBytes(Bytes b)) {
                    targets.add(b.toByteArray());
                } else if (m.getValue() instanceof CborArray(List<CborValue> items)) {
                    items.forEach(i -> targets.add(((CborBytes) i).value().toByteArray()));
                }
                for (int t = 0; t < targets.size(); t++) {
                    for (int i = 0; i < MUTATIONS_PER_MEMBER; i++) {
                        byte[] mutated = mutate(targets.get(t), random);
                        Object attStmt = replace(members, m.getKey(), t, mutated);
                        AttestationInput input = new AttestationInput(original.fmt(), Cbor.decode(TestCbor.encode(attStmt)),
                                original.authData(), original.clientDataHash());
                        runs++;
                        try {
                            VerifiedStatement s = AttestationFormats.forIdentifier(input.fmt()).verify(input);
                            trust.evaluate(s, input.authData().attestedCredentialData().orElseThrow().aaguid(), c.verifyAt(s.trustPath()));
                            verified++;
                            assertThat(m.getKey()).as(c + " verified with a mutated " + m.getKey())
                                    .isNotIn(new CborText("sig"), new CborText("certInfo"), new CborText("pubArea"));
                        } catch (PasskeyException expected) {
                            // refused with a reason
                        }
                    }
                }
            }
        }
        System.out.println("[passkeys] mutated statements: " + runs + " runs, " + verified + " still verified (mutated certificate bytes that only chain validation covers)");
        assertThat(runs).isGreaterThan(3000);
    }

    private static byte[] mutate(byte[] in, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> {
                byte[] b = in.clone();
                if (b.length > 0) {
                    int p = r.nextInt(b.length);
                    b[p] ^= (byte) (1 << r.nextInt(8));
                }
                yield b;
            }
            case 1 -> Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length));
            default -> {
                byte[] b = Arrays.copyOf(in, in.length + 1 + r.nextInt(4));
                b[in.length] = (byte) r.nextInt(256);
                yield b;
            }
        };
    }

    private static Object replace(Map<CborValue, CborValue> members, CborValue key, int index, byte[] value) {
        Map<Object, Object> out = new LinkedHashMap<>();
        members.forEach((k, v) -> {
            Object plain = plain(v);
            if (k.equals(key)) {
                if (plain instanceof List<?> list) {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(index, value);
                    plain = copy;
                } else {
                    plain = value;
                }
            }
            out.put(plain(k), plain);
        });
        return out;
    }

    private static Object plain(CborValue v) {
        return switch (v) {
            case CborInteger(long l) -> l;
            case CborBytes(Bytes b) -> b.toByteArray();
            case CborText(String s) -> s;
            case CborArray(List<CborValue> items) -> items.stream().map(MutatedStatementTest::plain).toList();
            case CborMap(Map<CborValue, CborValue> m) -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                m.forEach((k, x) -> out.put(plain(k), plain(x)));
                yield out;
            }
            default -> throw new IllegalArgumentException(v.kind());
        };
    }
}
