package dev.citadel.cryptokit;

/** Proof that {@link HMAC#verify} accepted a tag. Only {@link HMAC} constructs it. */
public final class VerifiedAuthenticationCode {

    private final HashFunction function;

    VerifiedAuthenticationCode(HashFunction function) {
        this.function = function;
    }

    public HashFunction function() {
        return function;
    }

    @Override
    public String toString() {
        return "VerifiedAuthenticationCode[HMAC<" + function + ">]";
    }
}
