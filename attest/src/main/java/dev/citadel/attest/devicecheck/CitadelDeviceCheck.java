package dev.citadel.attest.devicecheck;

import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.RandomSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Citadel's own DeviceCheck-compatible service: Apple's three endpoints and JSON shapes, per-team ES256
 * authorization, backed by storage, for device tokens Citadel itself issues to app instances. The HTTP
 * adapter (in the server) reads bodies, calls these methods and writes Apple's statuses and texts.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Every request is authorized by an ES256 JWT signed with one of the team's registered P-256 keys
 *       (verified through cryptokit), issued at most {@link #MAX_AUTHORIZATION_TOKEN_AGE} ago and not more
 *       than {@link #MAX_CLOCK_SKEW} ahead.</li>
 *   <li>Device tokens are signed by a server key (see {@link DeviceTokenCodec} for the format): they cannot be
 *       forged or altered, name one team and one app instance, and a team can use only its own tokens
 *       (another team's token is {@code BAD_DEVICE_TOKEN}, as Apple answers for a foreign token).
 *       Tokens expire {@link #MAX_DEVICE_TOKEN_AGE} after issue.</li>
 *   <li>Bit updates are atomic read-merge-writes ({@link BitStateStore}); bits of one team are invisible
 *       to another.</li>
 *   <li>Bodies are parsed strictly (unknown members, duplicates, wrong JSON types refused).</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Prove that an app instance is a genuine device or app: without App Attest, anyone can obtain tokens for
 * a registered team, and an instance lives as long as the app keeps renewing its token. It does not detect
 * replayed {@code transaction_id}s, or check {@code timestamp} against the clock (Apple documents neither).
 *
 * <p>Thread-safe; time from the injected {@link Clock}, randomness from the injected {@link RandomSource}.
 */
public final class CitadelDeviceCheck {

    /** Oldest authorization token accepted (Apple's limit: one hour after {@code iat}). */
    public static final Duration MAX_AUTHORIZATION_TOKEN_AGE = Duration.ofHours(1);
    /** How far in the future an {@code iat} or a device token's issue time may lie (clock drift). */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(1);
    /** Longest {@code Authorization} header read; a compact ES256 JWT with Apple's claims is ~200 characters. */
    public static final int MAX_AUTHORIZATION_HEADER_CHARS = 4096;
    /** How long a device token is accepted by the DeviceCheck endpoints; apps renew before that. */
    public static final Duration MAX_DEVICE_TOKEN_AGE = Duration.ofHours(24);
    /** Length of every Citadel device token (base64 characters). */
    public static final int DEVICE_TOKEN_CHARS = DeviceTokenCodec.TOKEN_CHARS;

    private final TeamKeyStore teamKeys;
    private final BitStateStore bits;
    private final AuthorizationTokens authorization;
    private final DeviceTokenCodec tokens;
    private final Clock clock;
    private final RandomSource random;

    public CitadelDeviceCheck(TeamKeyStore teamKeys, BitStateStore bits, DeviceTokenKeys tokenKeys, Clock clock,
            RandomSource random) {
        this.teamKeys = Objects.requireNonNull(teamKeys, "teamKeys");
        this.bits = Objects.requireNonNull(bits, "bits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.authorization = new AuthorizationTokens(teamKeys, clock);
        this.tokens = new DeviceTokenCodec(Objects.requireNonNull(tokenKeys, "tokenKeys"), clock);
    }

    /** Verifies the {@code Authorization} header value ({@code Bearer <JWT>}). */
    public AuthenticatedTeam authenticate(Optional<String> authorizationHeader) {
        return authorization.authenticate(authorizationHeader);
    }

    /** {@code query_two_bits}: the instance's bits, or empty ("Failed to find bit state"). */
    public Optional<StoredBits> queryTwoBits(AuthenticatedTeam team, byte[] body) {
        CompatibleRequest request = CompatibleRequest.parse(body, false);
        VerifiedDeviceToken token = verify(team, request);
        return bits.read(team.teamId(), token.instanceId());
    }

    /** {@code update_two_bits}: sets the bits present in the body; returns the state after the update. */
    public StoredBits updateTwoBits(AuthenticatedTeam team, byte[] body) {
        CompatibleRequest request = CompatibleRequest.parse(body, true);
        VerifiedDeviceToken token = verify(team, request);
        Optional<Boolean> bit0 = request.bit("bit0");
        Optional<Boolean> bit1 = request.bit("bit1");
        if (bit0.isEmpty() && bit1.isEmpty()) {
            throw DeviceCheckException.of(Reason.BAD_BITS, "an update sets bit0, bit1 or both");
        }
        return bits.update(team.teamId(), token.instanceId(), bit0, bit1, clock.instant());
    }

    /** {@code validate_device_token}: returns the verified token, or throws {@code BAD_DEVICE_TOKEN}. */
    public VerifiedDeviceToken validateDeviceToken(AuthenticatedTeam team, byte[] body) {
        return verify(team, CompatibleRequest.parse(body, false));
    }

    /**
     * A device token for an app instance of {@code teamId}. With {@code previousToken} (a token this service
     * issued to the same team, expired or not, whose signing key still verifies) the new token names the
     * same instance; otherwise a new instance is created. Throws {@code UNKNOWN_TEAM} if the team has no
     * registered key, {@code BAD_DEVICE_TOKEN} if {@code previousToken} does not verify for this team.
     */
    public IssuedDeviceToken issueDeviceToken(String teamId, Optional<String> previousToken) {
        AppleIds.requireTeamId(teamId);
        if (teamKeys.list(teamId).isEmpty()) {
            throw DeviceCheckException.of(Reason.UNKNOWN_TEAM, "no DeviceCheck key is registered for this team");
        }
        String instanceId = previousToken.map(t -> {
            VerifiedDeviceToken previous = tokens.verify(t, Optional.empty(), MAX_CLOCK_SKEW);
            if (!previous.teamId().equals(teamId)) {
                throw DeviceCheckException.of(Reason.BAD_DEVICE_TOKEN, "the previous device token belongs to another team");
            }
            return previous.instanceId();
        }).orElseGet(() -> HexFormat.of().formatHex(random.bytes(DeviceTokenCodec.INSTANCE_ID_BYTES)));
        Instant issuedAt = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        String token = tokens.issue(teamId, instanceId, issuedAt);
        return new IssuedDeviceToken(token, teamId, instanceId, issuedAt, issuedAt.plus(MAX_DEVICE_TOKEN_AGE));
    }

    /**
     * Registers a team's DeviceCheck key from its public key (PEM {@code PUBLIC KEY}, an EC P-256
     * SubjectPublicKeyInfo). Throws {@code INVALID_KEY}, {@code INVALID_ARGUMENT} (ids) or
     * {@code KEY_ALREADY_REGISTERED}.
     */
    public TeamKey registerTeamKey(String teamId, String keyId, String publicKeyPem) {
        AppleIds.requireTeamId(teamId);
        AppleIds.requireKeyId(keyId);
        P256.Signing.PublicKey publicKey;
        try {
            publicKey = P256.Signing.PublicKey.fromPemRepresentation(Objects.requireNonNull(publicKeyPem, "publicKeyPem"));
        } catch (CryptoKitException e) {
            throw DeviceCheckException.of(Reason.INVALID_KEY, "not a PEM EC P-256 public key (" + e.reason() + ")", e);
        }
        TeamKey key = new TeamKey(teamId, keyId, publicKey, clock.instant());
        if (!teamKeys.register(key)) {
            throw DeviceCheckException.of(Reason.KEY_ALREADY_REGISTERED, "team " + teamId + " already has key " + keyId);
        }
        return key;
    }

    /** The team's registered keys, oldest first. */
    public List<TeamKey> teamKeys(String teamId) {
        return teamKeys.list(AppleIds.requireTeamId(teamId));
    }

    /** Removes a team key; false if it was not registered. */
    public boolean removeTeamKey(String teamId, String keyId) {
        return teamKeys.remove(AppleIds.requireTeamId(teamId), AppleIds.requireKeyId(keyId));
    }

    /** Device token first (presence, encoding, signature, age, team), then transaction id and timestamp. */
    private VerifiedDeviceToken verify(AuthenticatedTeam team, CompatibleRequest request) {
        VerifiedDeviceToken token = tokens.verify(request.deviceToken(), Optional.of(MAX_DEVICE_TOKEN_AGE), MAX_CLOCK_SKEW);
        if (!token.teamId().equals(team.teamId())) {
            throw DeviceCheckException.of(Reason.BAD_DEVICE_TOKEN, "device token belongs to another team");
        }
        request.transactionId();
        request.timestamp();
        return token;
    }
}
