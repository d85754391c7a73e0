package org.yikatong.security.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  @DisplayName("hashes are bcrypt modular crypt, salted, and verify only the right password")
  void hashAndVerify() {
    String hash = hasher.hash("Ykt!Admin2026".toCharArray());
    assertTrue(hash.startsWith("$2a$10$"), hash);
    assertNotEquals(hash, hasher.hash("Ykt!Admin2026".toCharArray()), "salted");
    assertTrue(hasher.matches("Ykt!Admin2026".toCharArray(), hash));
    assertFalse(hasher.matches("ykt!admin2026".toCharArray(), hash));
    assertFalse(hasher.matches("Ykt!Admin2026".toCharArray(), "not a hash"));
  }
}
