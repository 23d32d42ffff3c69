package dev.citadel.corecrypto.pk;

import dev.citadel.corecrypto.SecretAccess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdhPublicKey;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPublicKey;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlDsaPublicKey;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPublicKey;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** STYLE rules 6 and 12 as executable checks on the public-key API. */
class ApiShapeTest {

    private static final List<Class<?>> VERIFIERS = List.of(EcdsaPublicKey.class, EdDsaPublicKey.class, RsaPublicKey.class, MlDsaPublicKey.class);
    private static final List<Class<?>> SECRETS = List.of(EcdsaPrivateKey.class, EcdhPrivateKey.class, XdhPrivateKey.class,
            EdDsaPrivateKey.class, RsaPrivateKey.class, MlKemPrivateKey.class, MlDsaPrivateKey.class, SharedSecret.class);

    @Test
    void verificationReturnsNothingOrThrows() {
        for (Class<?> c : VERIFIERS) {
            for (Method m : c.getMethods()) {
                if (m.getName().startsWith("verify")) {
                    assertThat(m.getReturnType()).as(c.getSimpleName() + "." + m.getName()).isEqualTo(void.class);
                }
            }
        }
        assertThat(EcdhPublicKey.class.getMethods()).noneMatch(m -> m.getReturnType() == boolean.class && m.getName().startsWith("is"));
    }

    @Test
    void secretsAreFinalClosableAndKeepObjectIdentity() throws Exception {
        for (Class<?> c : SECRETS) {
            assertThat(Modifier.isFinal(c.getModifiers())).as(c.getSimpleName() + " final").isTrue();
            assertThat(AutoCloseable.class).as(c.getSimpleName() + " closable").isAssignableFrom(c);
            assertThat(c.getMethod("equals", Object.class).getDeclaringClass()).as(c.getSimpleName() + " equals").isEqualTo(Object.class);
            assertThat(c.getMethod("hashCode").getDeclaringClass()).as(c.getSimpleName() + " hashCode").isEqualTo(Object.class);
            assertThat(c.getMethod("toString").getDeclaringClass()).as(c.getSimpleName() + " toString").isEqualTo(c);
            assertThat(Arrays.stream(c.getMethods()).filter(m -> m.getName().startsWith("reveal")))
                    .as(c.getSimpleName() + " reveal* demands SecretAccess")
                    .allMatch(m -> Arrays.asList(m.getParameterTypes()).contains(SecretAccess.class));
        }
    }
}
