package dev.citadel.bench;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;

/**
 * The anchors Citadel is measured against: the JDK's own providers (by default lookup), BouncyCastle's
 * lightweight classes (called directly, never registered), and Amazon Corretto Crypto Provider (native
 * AWS-LC), passed explicitly to {@code getInstance} — never added to the global provider list.
 */
final class Anchors {

    private Anchors() {}

    /** ACCP, or an exception saying why it does not load on this machine (the benchmark then errors visibly). */
    static Provider accp() {
        AmazonCorrettoCryptoProvider p = AmazonCorrettoCryptoProvider.INSTANCE;
        if (p.getLoadingError() != null) {
            throw new IllegalStateException("ACCP does not load here: " + p.getLoadingError());
        }
        return p;
    }
}
