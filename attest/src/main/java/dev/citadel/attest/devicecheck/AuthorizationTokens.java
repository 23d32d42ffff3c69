package dev.citadel.attest.devicecheck;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Verifies the ES256 authorization tokens teams send, the way Apple's DeviceCheck API does: header
 * {@code alg} ES256 and {@code kid}, claims {@code iss} (team id) and {@code iat}, signed by the team's
 * registered key, issued within {@link CitadelDeviceCheck#MAX_AUTHORIZATION_TOKEN_AGE}.
 *
 * <p>A missing or unparseable token (or one without {@code kid}, {@code iss} or {@code iat}) is
 * {@code BAD_AUTHORIZATION_TOKEN} (Apple's 400); a well-formed token that does not verify — another
 * algorithm, a {@code crit} header, an unknown team or key, a bad signature, a stale or future {@code iat} —
 * is {@code UNVERIFIED_AUTHORIZATION_TOKEN} (Apple's 401).
 */
final class AuthorizationTokens {

    private final TeamKeyStore teamKeys;
    private final Clock clock;

    AuthorizationTokens(TeamKeyStore teamKeys, Clock clock) {
        this.teamKeys = teamKeys;
        this.clock = clock;
    }

    AuthenticatedTeam authenticate(Optional<String> authorization) {
        String header = authorization.orElseThrow(() -> malformed("no Authorization header"));
        if (header.length() > CitadelDeviceCheck.MAX_AUTHORIZATION_HEADER_CHARS) {
            throw malformed("Authorization header longer than " + CitadelDeviceCheck.MAX_AUTHORIZATION_HEADER_CHARS);
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw malformed("Authorization is not a Bearer token");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(header.substring(7).strip());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | IllegalArgumentException e) {
            throw malformed("authorization token is not a signed JWT");
        }
        JWSHeader h = jwt.getHeader();
        String keyId = h.getKeyID();
        String teamId = claims.getIssuer();
        Date iat = claims.getIssueTime();
        if (keyId == null || teamId == null || iat == null) {
            throw malformed("authorization token lacks kid, iss or iat");
        }
        if (!JWSAlgorithm.ES256.equals(h.getAlgorithm())) {
            throw unverified("authorization token algorithm is not ES256");
        }
        if (h.getCriticalParams() != null && !h.getCriticalParams().isEmpty()) {
            throw unverified("authorization token has critical headers");
        }
        if (!AppleIds.isId(teamId) || !AppleIds.isId(keyId)) {
            throw unverified("no such team key");
        }
        TeamKey key = teamKeys.find(teamId, keyId).orElseThrow(() -> unverified("no such team key"));
        verifySignature(jwt, key.publicKey());
        Instant issuedAt = iat.toInstant();
        Instant now = clock.instant();
        if (issuedAt.isAfter(now.plus(CitadelDeviceCheck.MAX_CLOCK_SKEW))) {
            throw unverified("authorization token issued in the future");
        }
        if (issuedAt.plus(CitadelDeviceCheck.MAX_AUTHORIZATION_TOKEN_AGE).isBefore(now)) {
            throw unverified("authorization token older than " + CitadelDeviceCheck.MAX_AUTHORIZATION_TOKEN_AGE);
        }
        return new AuthenticatedTeam(teamId, keyId, issuedAt);
    }

    private static void verifySignature(SignedJWT jwt, P256.Signing.PublicKey key) {
        try {
            key.verify(P256.Signing.ECDSASignature.fromRawRepresentation(jwt.getSignature().decode()), jwt.getSigningInput());
        } catch (CryptoKitException e) {
            throw unverified("authorization token signature does not verify");
        }
    }

    private static DeviceCheckException malformed(String message) {
        return DeviceCheckException.of(Reason.BAD_AUTHORIZATION_TOKEN, message);
    }

    private static DeviceCheckException unverified(String message) {
        return DeviceCheckException.of(Reason.UNVERIFIED_AUTHORIZATION_TOKEN, message);
    }
}
