package dev.citadel.attest.devicecheck;

import dev.citadel.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.P384;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.jose.CryptoKitJwsSigner;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Citadel's compatible service, in process: authorization, device tokens, bodies and bits. */
class CitadelDeviceCheckTest {

    static final String TEAM = "A1B2C3D4E5";
    static final String OTHER_TEAM = "Z9Y8X7W6V5";
    static final String KEY = "KEY1234567";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T15:09:26Z"));
    final InMemoryStores stores = new InMemoryStores();
    P256.Signing.PrivateKey teamKey;
    P256.Signing.PrivateKey serverKey;
    DeviceCheckCredentials credentials;
    CitadelDeviceCheck service;

    @BeforeEach
    void setUp() {
        teamKey = P256.Signing.PrivateKey.generate();
        serverKey = P256.Signing.PrivateKey.generate();
        credentials = DeviceCheckCredentials.fromP8(TEAM, KEY, teamKey.pemRepresentation(SecretAccess.insecure()));
        service = new CitadelDeviceCheck(stores, stores, DeviceTokenKeys.fixed("00112233445566aa", serverKey), clock,
                RandomSource.system());
        service.registerTeamKey(TEAM, KEY, teamKey.publicKey().pemRepresentation());
        service.registerTeamKey(OTHER_TEAM, KEY, P256.Signing.PrivateKey.generate().publicKey().pemRepresentation());
    }

    @AfterEach
    void tearDown() {
        credentials.close();
        teamKey.close();
        serverKey.close();
    }

    AuthenticatedTeam team() {
        return service.authenticate(Optional.of("Bearer " + credentials.authorizationToken(clock.instant())));
    }

    static byte[] body(String token, String extra) {
        return ("{\"device_token\":\"" + token + "\",\"transaction_id\":\"t-1\",\"timestamp\":1487716472000" + extra + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static void assertReason(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeviceCheckException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Nested
    class Authorization {

        String jwt(JWSHeader header, JWTClaimsSet claims, SecKey key) throws Exception {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new CryptoKitJwsSigner(key));
            return "Bearer " + jwt.serialize();
        }

        JWTClaimsSet claims(String team, Instant iat) {
            return new JWTClaimsSet.Builder().issuer(team).issueTime(Date.from(iat)).build();
        }

        SecKey secKey(P256.Signing.PrivateKey key) {
            return SecKeys.createPrivateKey(KeyType.EC_P256, key.x963Representation(SecretAccess.insecure()), false, SecretAccess.insecure());
        }

        @Test
        void aTokenSignedByTheRegisteredKeyAuthenticatesTheTeam() {
            AuthenticatedTeam team = team();
            assertThat(team.teamId()).isEqualTo(TEAM);
            assertThat(team.keyId()).isEqualTo(KEY);
        }

        @Test
        @DisplayName("missing, non-Bearer or unparseable: 400 BAD_AUTHORIZATION_TOKEN")
        void malformedAuthorizationIsBadAuthorizationToken() {
            assertReason(() -> service.authenticate(Optional.empty()), Reason.BAD_AUTHORIZATION_TOKEN);
            assertReason(() -> service.authenticate(Optional.of("Basic dXNlcjpwYXNz")), Reason.BAD_AUTHORIZATION_TOKEN);
            assertReason(() -> service.authenticate(Optional.of("Bearer not.a.jwt")), Reason.BAD_AUTHORIZATION_TOKEN);
            assertReason(() -> service.authenticate(Optional.of("Bearer " + "a".repeat(CitadelDeviceCheck.MAX_AUTHORIZATION_HEADER_CHARS))),
                    Reason.BAD_AUTHORIZATION_TOKEN);
        }

        @Test
        void aTokenWithoutKidIsBadAuthorizationToken() throws Exception {
            try (SecKey key = secKey(teamKey)) {
                String noKid = jwt(new JWSHeader(JWSAlgorithm.ES256), claims(TEAM, clock.instant()), key);
                assertReason(() -> service.authenticate(Optional.of(noKid)), Reason.BAD_AUTHORIZATION_TOKEN);
            }
        }

        @Test
        @DisplayName("signed by another key under the registered kid: 401")
        void wrongKeyIsUnverified() {
            try (P256.Signing.PrivateKey other = P256.Signing.PrivateKey.generate();
                    var forged = DeviceCheckCredentials.fromP8(TEAM, KEY, other.pemRepresentation(SecretAccess.insecure()))) {
                assertReason(() -> service.authenticate(Optional.of("Bearer " + forged.authorizationToken(clock.instant()))),
                        Reason.UNVERIFIED_AUTHORIZATION_TOKEN);
            }
        }

        @Test
        @DisplayName("the registered key of one team does not authenticate another team (iss is bound to the key)")
        void issuerIsBoundToTheKey() throws Exception {
            try (SecKey key = secKey(teamKey)) {
                String asOther = jwt(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(KEY).build(), claims(OTHER_TEAM, clock.instant()), key);
                assertReason(() -> service.authenticate(Optional.of(asOther)), Reason.UNVERIFIED_AUTHORIZATION_TOKEN);
                String unknownTeam = jwt(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(KEY).build(), claims("UNKNOWN000", clock.instant()), key);
                assertReason(() -> service.authenticate(Optional.of(unknownTeam)), Reason.UNVERIFIED_AUTHORIZATION_TOKEN);
            }
        }

        @Test
        @DisplayName("iat older than an hour, or more than a minute ahead: 401")
        void issueTimeWindow() {
            String stale = "Bearer " + credentials.authorizationToken(clock.instant().minus(Duration.ofMinutes(61)));
            assertReason(() -> service.authenticate(Optional.of(stale)), Reason.UNVERIFIED_AUTHORIZATION_TOKEN);
            String future = "Bearer " + credentials.authorizationToken(clock.instant().plus(Duration.ofMinutes(2)));
            assertReason(() -> service.authenticate(Optional.of(future)), Reason.UNVERIFIED_AUTHORIZATION_TOKEN);
            String edge = "Bearer " + credentials.authorizationToken(clock.instant().minus(Duration.ofMinutes(59)));
            assertThat(service.authenticate(Optional.of(edge)).teamId()).isEqualTo(TEAM);
        }

        @Test
        @DisplayName("another algorithm (ES384 by a P-384 key registered nowhere) is refused: no algorithm confusion")
        void otherAlgorithmIsUnverified() throws Exception {
            try (SecKey p384 = SecKeys.createRandomKey(KeyType.EC_P384, false)) {
                String es384 = jwt(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(KEY).build(), claims(TEAM, clock.instant()), p384);
                assertReason(() -> service.authenticate(Optional.of(es384)), Reason.UNVERIFIED_AUTHORIZATION_TOKEN);
            }
        }

        @Test
        void removedKeyNoLongerAuthenticates() {
            String token = "Bearer " + credentials.authorizationToken(clock.instant());
            assertThat(service.removeTeamKey(TEAM, KEY)).isTrue();
            assertReason(() -> service.authenticate(Optional.of(token)), Reason.UNVERIFIED_AUTHORIZATION_TOKEN);
        }
    }

    @Nested
    class DeviceTokens {

        @Test
        void issuedTokenValidatesAndNamesItsInstance() {
            IssuedDeviceToken issued = service.issueDeviceToken(TEAM, Optional.empty());
            assertThat(issued.deviceToken()).hasSize(CitadelDeviceCheck.DEVICE_TOKEN_CHARS);
            VerifiedDeviceToken v = service.validateDeviceToken(team(), body(issued.deviceToken(), ""));
            assertThat(v.instanceId()).isEqualTo(issued.instanceId()).matches("[0-9a-f]{32}");
            assertThat(v.teamId()).isEqualTo(TEAM);
        }

        @Test
        @DisplayName("every byte is covered by the signature: flipping any one is BAD_DEVICE_TOKEN")
        void tamperedTokenIsRefused() {
            byte[] raw = Base64.getDecoder().decode(service.issueDeviceToken(TEAM, Optional.empty()).deviceToken());
            AuthenticatedTeam team = team();
            for (int i = 0; i < raw.length; i++) {
                byte[] copy = raw.clone();
                copy[i] ^= 0x01;
                String tampered = Base64.getEncoder().encodeToString(copy);
                assertReason(() -> service.validateDeviceToken(team, body(tampered, "")), Reason.BAD_DEVICE_TOKEN);
            }
        }

        @Test
        void anotherTeamsTokenIsRefused() {
            String theirs = service.issueDeviceToken(OTHER_TEAM, Optional.empty()).deviceToken();
            assertReason(() -> service.validateDeviceToken(team(), body(theirs, "")), Reason.BAD_DEVICE_TOKEN);
        }

        @Test
        @DisplayName("a token is accepted for 24 hours, then BAD_DEVICE_TOKEN")
        void expiredTokenIsRefused() {
            String token = service.issueDeviceToken(TEAM, Optional.empty()).deviceToken();
            clock.advance(CitadelDeviceCheck.MAX_DEVICE_TOKEN_AGE);
            service.validateDeviceToken(team(), body(token, ""));
            clock.advance(Duration.ofSeconds(1));
            assertReason(() -> service.validateDeviceToken(team(), body(token, "")), Reason.BAD_DEVICE_TOKEN);
        }

        @Test
        void tokenFromTheFutureIsRefused() {
            clock.advance(Duration.ofMinutes(5));
            String token = service.issueDeviceToken(TEAM, Optional.empty()).deviceToken();
            clock.advance(Duration.ofMinutes(-5));
            assertReason(() -> service.validateDeviceToken(team(), body(token, "")), Reason.BAD_DEVICE_TOKEN);
        }

        @Test
        @DisplayName("a token signed by a key the service does not know (another deployment, a retired key) is refused")
        void tokenOfAnUnknownKeyIsRefused() {
            try (P256.Signing.PrivateKey elsewhere = P256.Signing.PrivateKey.generate()) {
                CitadelDeviceCheck other = new CitadelDeviceCheck(stores, stores, DeviceTokenKeys.fixed("ffffffffffffffff", elsewhere),
                        clock, RandomSource.system());
                String foreign = other.issueDeviceToken(TEAM, Optional.empty()).deviceToken();
                assertReason(() -> service.validateDeviceToken(team(), body(foreign, "")), Reason.BAD_DEVICE_TOKEN);
                CitadelDeviceCheck sameIdOtherKey = new CitadelDeviceCheck(stores, stores,
                        DeviceTokenKeys.fixed("00112233445566aa", elsewhere), clock, RandomSource.system());
                String forged = sameIdOtherKey.issueDeviceToken(TEAM, Optional.empty()).deviceToken();
                assertReason(() -> service.validateDeviceToken(team(), body(forged, "")), Reason.BAD_DEVICE_TOKEN);
            }
        }

        @Test
        @DisplayName("wrong length, non-base64, non-canonical base64: BAD_DEVICE_TOKEN before any signature check")
        void malformedTokensAreRefused() {
            String token = service.issueDeviceToken(TEAM, Optional.empty()).deviceToken();
            AuthenticatedTeam team = team();
            assertReason(() -> service.validateDeviceToken(team, body(token.substring(4), "")), Reason.BAD_DEVICE_TOKEN);
            assertReason(() -> service.validateDeviceToken(team, body("!" + token.substring(1), "")), Reason.BAD_DEVICE_TOKEN);
            // 107 bytes leave 2 unused bits before the '=': a non-zero one is another spelling of the same bytes
            char last = token.charAt(token.length() - 2);
            String nonCanonical = token.substring(0, token.length() - 2) + (char) (last + 1) + "=";
            assertThat(Base64.getDecoder().decode(nonCanonical)).isEqualTo(Base64.getDecoder().decode(token));
            assertReason(() -> service.validateDeviceToken(team, body(nonCanonical, "")), Reason.BAD_DEVICE_TOKEN);
        }

        @Test
        void renewalKeepsTheInstanceEvenAfterExpiry() {
            IssuedDeviceToken first = service.issueDeviceToken(TEAM, Optional.empty());
            clock.advance(Duration.ofDays(3));
            IssuedDeviceToken renewed = service.issueDeviceToken(TEAM, Optional.of(first.deviceToken()));
            assertThat(renewed.instanceId()).isEqualTo(first.instanceId());
            assertThat(renewed.deviceToken()).isNotEqualTo(first.deviceToken());
            assertThat(service.issueDeviceToken(TEAM, Optional.empty()).instanceId()).isNotEqualTo(first.instanceId());
        }

        @Test
        void renewalWithAnotherTeamsTokenOrForAnUnknownTeamIsRefused() {
            String theirs = service.issueDeviceToken(OTHER_TEAM, Optional.empty()).deviceToken();
            assertReason(() -> service.issueDeviceToken(TEAM, Optional.of(theirs)), Reason.BAD_DEVICE_TOKEN);
            assertReason(() -> service.issueDeviceToken("NOTEAM0000", Optional.empty()), Reason.UNKNOWN_TEAM);
            assertReason(() -> service.issueDeviceToken("lowercase!", Optional.empty()), Reason.INVALID_ARGUMENT);
        }
    }

    @Nested
    class Bits {

        String token;

        @BeforeEach
        void issue() {
            token = service.issueDeviceToken(TEAM, Optional.empty()).deviceToken();
        }

        @Test
        void unsetBitsAreNotFoundThenUpdatesMerge() {
            AuthenticatedTeam team = team();
            assertThat(service.queryTwoBits(team, body(token, ""))).isEmpty();
            service.updateTwoBits(team, body(token, ",\"bit0\":true"));
            clock.advance(Duration.ofDays(40));
            token = service.issueDeviceToken(TEAM, Optional.of(token)).deviceToken(); // the app renews its token
            StoredBits after = service.updateTwoBits(team(), body(token, ",\"bit1\":true"));
            assertThat(after).isEqualTo(new StoredBits(true, true, clock.instant()));
            assertThat(service.queryTwoBits(team(), body(token, ""))).contains(after);
            assertThat(after.lastUpdateTime()).hasToString("2026-04");
        }

        @Test
        @DisplayName("bits are per team: the same instance id under another team is another state")
        void bitsArePerTeam() {
            service.updateTwoBits(team(), body(token, ",\"bit0\":true,\"bit1\":true"));
            String instance = service.validateDeviceToken(team(), body(token, "")).instanceId();
            assertThat(stores.read(OTHER_TEAM, instance)).isEmpty();
        }

        @Test
        void updateWithoutBitsOrWithNonBooleanBitsIsBadBits() {
            AuthenticatedTeam team = team();
            assertReason(() -> service.updateTwoBits(team, body(token, "")), Reason.BAD_BITS);
            assertReason(() -> service.updateTwoBits(team, body(token, ",\"bit0\":1")), Reason.BAD_BITS);
            assertReason(() -> service.updateTwoBits(team, body(token, ",\"bit1\":\"true\"")), Reason.BAD_BITS);
            assertThat(service.queryTwoBits(team, body(token, ""))).isEmpty();
        }

        @Test
        @DisplayName("strict bodies: unknown or duplicate members, trailing bytes, non-objects are BAD_PAYLOAD")
        void strictBodies() {
            AuthenticatedTeam team = team();
            assertReason(() -> service.updateTwoBits(team, body(token, ",\"bit_0\":true")), Reason.BAD_PAYLOAD);
            assertReason(() -> service.queryTwoBits(team, body(token, ",\"bit0\":true")), Reason.BAD_PAYLOAD);
            assertReason(() -> service.queryTwoBits(team, body(token, ",\"timestamp\":1")), Reason.BAD_PAYLOAD);
            byte[] trailing = (new String(body(token, ""), StandardCharsets.UTF_8) + "{}").getBytes(StandardCharsets.UTF_8);
            assertReason(() -> service.queryTwoBits(team, trailing), Reason.BAD_PAYLOAD);
            assertReason(() -> service.queryTwoBits(team, "[]".getBytes(StandardCharsets.UTF_8)), Reason.BAD_PAYLOAD);
            assertReason(() -> service.queryTwoBits(team, new byte[0]), Reason.BAD_PAYLOAD);
        }

        @Test
        void missingOrMalformedFieldsHaveTheirReason() {
            AuthenticatedTeam team = team();
            assertReason(() -> service.queryTwoBits(team, "{\"transaction_id\":\"t\",\"timestamp\":1}".getBytes(StandardCharsets.UTF_8)),
                    Reason.BAD_DEVICE_TOKEN);
            assertReason(() -> service.queryTwoBits(team, ("{\"device_token\":\"" + token + "\",\"timestamp\":1}")
                    .getBytes(StandardCharsets.UTF_8)), Reason.BAD_PAYLOAD);
            assertReason(() -> service.queryTwoBits(team, ("{\"device_token\":\"" + token + "\",\"transaction_id\":\"t\","
                    + "\"timestamp\":\"1487716472000\"}").getBytes(StandardCharsets.UTF_8)), Reason.BAD_TIMESTAMP);
            assertReason(() -> service.queryTwoBits(team, ("{\"device_token\":\"" + token + "\",\"transaction_id\":\"t\","
                    + "\"timestamp\":1.5}").getBytes(StandardCharsets.UTF_8)), Reason.BAD_TIMESTAMP);
        }
    }

    @Nested
    class TeamKeys {

        @Test
        void registeringTheSameKeyIdTwiceIsRefused() {
            String pem = P256.Signing.PrivateKey.generate().publicKey().pemRepresentation();
            assertReason(() -> service.registerTeamKey(TEAM, KEY, pem), Reason.KEY_ALREADY_REGISTERED);
            assertThat(service.teamKeys(TEAM)).singleElement().extracting(TeamKey::publicKey).isEqualTo(teamKey.publicKey());
        }

        @Test
        void onlyPemP256PublicKeysAndAppleIdsAreAccepted() {
            assertReason(() -> service.registerTeamKey(TEAM, "KEY7654321", "not a key"), Reason.INVALID_KEY);
            assertReason(() -> service.registerTeamKey(TEAM, "KEY7654321", P384.Signing.PrivateKey.generate().publicKey().pemRepresentation()),
                    Reason.INVALID_KEY);
            String pem = P256.Signing.PrivateKey.generate().publicKey().pemRepresentation();
            assertReason(() -> service.registerTeamKey("team", "KEY7654321", pem), Reason.INVALID_ARGUMENT);
            assertReason(() -> service.registerTeamKey(TEAM, "key", pem), Reason.INVALID_ARGUMENT);
        }
    }
}
