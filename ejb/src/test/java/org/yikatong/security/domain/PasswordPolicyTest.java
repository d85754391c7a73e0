package org.yikatong.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yikatong.security.domain.PasswordPolicy.Violation;

class PasswordPolicyTest {

  private static final Set<String> STAFF = Set.of(Role.FINANCE);
  private static final Set<String> HOLDER = Set.of(Role.CARDHOLDER);

  @Test
  void acceptsALongPassphraseWithoutCompositionRules() {
    assertEquals(List.of(), PasswordPolicy.check("correct horse battery staple", STAFF, "wang"));
    assertEquals(List.of(), PasswordPolicy.check("春眠不觉晓处处闻啼鸟夜来风雨声花落", STAFF, "wang"));
  }

  @Test
  void staffNeedFifteenCharactersCardHoldersTwelve() {
    assertEquals(List.of(Violation.TOO_SHORT), PasswordPolicy.check("tulip marble 7", STAFF));
    assertEquals(List.of(), PasswordPolicy.check("tulip marble 7", HOLDER));
    assertEquals(List.of(Violation.TOO_SHORT), PasswordPolicy.check("tulip marbl", HOLDER));
    assertEquals(15, PasswordPolicy.minimumLength(Set.of(Role.CARDHOLDER, Role.HELPDESK)));
  }

  @Test
  void countsCharactersNotUtf16Units() {
    // Twelve characters, four of them outside the basic plane.
    String twelve = "𝒜𝒝𝒞𝒟meadowlark";
    assertEquals(List.of(), PasswordPolicy.check(twelve.substring(0, twelve.length() - 2), HOLDER));
  }

  @Test
  void refusesTooLong() {
    assertTrue(PasswordPolicy.check("a b c d ".repeat(17), STAFF).contains(Violation.TOO_LONG));
  }

  @Test
  void refusesCommonPasswordsAlsoWithDigitsOrSymbolsAround() {
    for (String weak :
        List.of(
            "passwordpassword",
            "Password2026!!!!",
            "!!!qwerty1234567",
            "1qaz2wsx3edc4rfv",
            "woaini1314520520",
            "abcdefghijklmnop",
            "1234567890123456",
            "aaaaaaaaaaaaaaaa",
            "abababababababab",
            "9876543210987654")) {
      assertTrue(PasswordPolicy.check(weak, STAFF).contains(Violation.COMMON), weak + " is common");
    }
  }

  @Test
  void refusesTheUserNameTheNameOrTheService() {
    assertEquals(
        List.of(Violation.CONTAINS_NAME),
        PasswordPolicy.check("my name is Zhang Wei, hello", STAFF, "zwei", "Zhang Wei"));
    assertEquals(
        List.of(Violation.CONTAINS_NAME),
        PasswordPolicy.check("20260001 tulip marble", HOLDER, "20260001", "王芳"));
    assertEquals(
        List.of(Violation.CONTAINS_NAME),
        PasswordPolicy.check("my yikatong card is blue", STAFF, "finance"));
    assertEquals(List.of(), PasswordPolicy.check("tulip marble violin", STAFF, "a", " "));
  }
}
