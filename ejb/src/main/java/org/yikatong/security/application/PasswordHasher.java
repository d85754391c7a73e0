package org.yikatong.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with bcrypt into modular crypt form ({@code $2a$10$...}), exactly what the
 * Elytron JDBC realm ({@code modular-crypt-mapper}) verifies at login. Stateless and thread-safe.
 */
@ApplicationScoped
public class PasswordHasher {

  /** bcrypt cost: 2^10 rounds, about 60 ms per hash on the reference machine. */
  static final int COST = 10;

  private static final WildFlyElytronPasswordProvider PROVIDER =
      WildFlyElytronPasswordProvider.getInstance();
  private final SecureRandom random = new SecureRandom();

  public String hash(char[] password) {
    byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
    random.nextBytes(salt);
    try {
      PasswordFactory factory =
          PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
      Password hashed =
          factory.generatePassword(
              new EncryptablePasswordSpec(
                  password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
      return ModularCrypt.encodeAsString(hashed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }

  /** Whether the password matches a hash made by {@link #hash}. */
  public boolean matches(char[] password, String modularCrypt) {
    try {
      Password stored = ModularCrypt.decode(modularCrypt);
      PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
      Password translated = factory.translate(stored);
      return factory.verify(translated, password);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
