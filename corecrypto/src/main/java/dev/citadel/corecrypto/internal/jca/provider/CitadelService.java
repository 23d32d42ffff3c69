package dev.citadel.corecrypto.internal.jca.provider;

import java.security.Provider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One service of the Citadel provider. It builds its engine directly (no reflection, so the engine classes
 * stay in a package the module does not export) and counts the engines it has built, which is how tests
 * and operators see that the provider, not another one, served a request.
 */
public final class CitadelService extends Provider.Service {

    private final Supplier<Object> factory;
    private final AtomicLong instances = new AtomicLong();

    CitadelService(Provider provider, String type, String algorithm, Class<?> engine, List<String> aliases,
            Supplier<Object> factory) {
        super(provider, type, algorithm, engine.getName(), aliases, Map.of());
        this.factory = factory;
    }

    @Override
    public Object newInstance(Object constructorParameter) {
        instances.incrementAndGet();
        return factory.get();
    }

    /** How many engines this service has built since the provider was created. */
    public long instances() {
        return instances.get();
    }
}
