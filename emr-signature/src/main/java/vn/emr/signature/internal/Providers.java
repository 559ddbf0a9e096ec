package vn.emr.signature.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The Bouncy Castle provider object of this module, used explicitly and never installed globally. */
public final class Providers {

    private static final Provider BC = new BouncyCastleProvider();

    private Providers() {
    }

    /** The shared Bouncy Castle provider instance (thread-safe). */
    public static Provider bouncyCastle() {
        return BC;
    }
}
