package org.yikatong.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Set;
import org.yikatong.security.domain.PasswordPolicy;
import org.yikatong.security.domain.Role;

/**
 * Temporary passwords that an administrator or the helpdesk hands over: 16 random characters from
 * an alphabet without look-alikes (no 0/O, 1/l/I), about 90 bits, always within the policy.
 */
@ApplicationScoped
public class TemporaryPasswords {

  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  static final int LENGTH = 16;

  private final SecureRandom random = new SecureRandom();

  public String next(String username, String displayName) {
    while (true) {
      StringBuilder password = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String candidate = password.toString();
      if (PasswordPolicy.check(candidate, Set.of(Role.ADMINISTRATOR), username, displayName)
          .isEmpty()) {
        return candidate;
      }
    }
  }
}
