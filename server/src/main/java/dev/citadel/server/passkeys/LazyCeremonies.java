package dev.citadel.server.passkeys;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.CredentialStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Ceremonies} created on first use (when the accepted origins are known), then reused. */
final class LazyCeremonies implements Ceremonies {

    private final Supplier<Ceremonies> factory;
    private volatile Ceremonies delegate;

    LazyCeremonies(Supplier<Ceremonies> factory) {
        this.factory = factory;
    }

    private Ceremonies delegate() {
        Ceremonies d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = factory.get();
                }
                d = delegate;
            }
        }
        return d;
    }

    @Override
    public Started startRegistration(PasskeyUser user, List<Descriptor> exclude) {
        return delegate().startRegistration(user, exclude);
    }

    @Override
    public Started startAuthentication(Optional<Bytes> user, Optional<List<Descriptor>> allow) {
        return delegate().startAuthentication(user, allow);
    }

    @Override
    public Registered finishRegistration(Bytes pending, String responseJson) {
        return delegate().finishRegistration(pending, responseJson);
    }

    @Override
    public Authenticated finishAuthentication(Bytes pending, String responseJson, CredentialStore store) {
        return delegate().finishAuthentication(pending, responseJson, store);
    }
}
