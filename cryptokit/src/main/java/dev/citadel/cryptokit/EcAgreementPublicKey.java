package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.EcPublicPoint;

/** An ECDH public key on a NIST curve; the point is fully validated on import (SP 800-56A §5.6.2.3.3). */
abstract class EcAgreementPublicKey extends EcPublicKeyBase {

    EcAgreementPublicKey(EcPublicPoint point) {
        super(point);
    }
}
