package org.yikatong.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the {@link SecretCipher} from the master key setting, once per application. */
@ApplicationScoped
public class SecretCipherProducer {

  @Inject
  @ConfigProperty(name = SecretCipher.SETTING)
  Optional<String> masterKey;

  @Produces
  @Singleton
  SecretCipher secretCipher() {
    return new SecretCipher(masterKey.orElse(null));
  }
}
