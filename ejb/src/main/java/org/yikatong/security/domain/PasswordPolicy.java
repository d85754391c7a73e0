package org.yikatong.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B and the OWASP ASVS: long enough (15 characters
 * for staff, whose single password moves money and opens every console page; 12 for a card holder),
 * at most 128 characters, any characters including spaces and Chinese, no composition rules, and
 * refused when it is a commonly used password (a list of leaked and predictable ones, also with a
 * year or digits appended), a run of one character or a keyboard or number sequence, or when it
 * contains the user name, the display name or the name of the service.
 */
public final class PasswordPolicy {

  public static final int STAFF_MINIMUM = 15;
  public static final int CARD_HOLDER_MINIMUM = 12;
  public static final int MAXIMUM = 128;

  /** Why a password is refused. */
  public enum Violation {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    CONTAINS_NAME,
    SAME_AS_CURRENT
  }

  private static final Set<String> COMMON = load("common-passwords.txt");
  private static final List<String> SERVICE_WORDS = List.of("yikatong", "一卡通", "ykt");
  private static final String SEQUENCES =
      "abcdefghijklmnopqrstuvwxyz 01234567890 qwertyuiop asdfghjkl zxcvbnm 1qaz2wsx3edc";

  private PasswordPolicy() {}

  /** The minimum length for a user with these roles. */
  public static int minimumLength(Set<String> roles) {
    return roles.stream().anyMatch(r -> !Role.CARDHOLDER.equals(r))
        ? STAFF_MINIMUM
        : CARD_HOLDER_MINIMUM;
  }

  /**
   * Checks a proposed password.
   *
   * @param names the user name and display name (blank ones are ignored)
   * @return the violations, empty when the password is acceptable
   */
  public static List<Violation> check(String password, Set<String> roles, String... names) {
    List<Violation> violations = new ArrayList<>();
    int length = password.codePointCount(0, password.length());
    if (length < minimumLength(roles)) {
      violations.add(Violation.TOO_SHORT);
    }
    if (length > MAXIMUM) {
      violations.add(Violation.TOO_LONG);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (isCommon(lower)) {
      violations.add(Violation.COMMON);
    }
    for (String name : names) {
      if (name != null && name.strip().length() >= 2) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (lower.contains(n) || lower.contains(n.replace(" ", ""))) {
          violations.add(Violation.CONTAINS_NAME);
          break;
        }
      }
    }
    if (!violations.contains(Violation.CONTAINS_NAME)
        && SERVICE_WORDS.stream().anyMatch(lower::contains)) {
      violations.add(Violation.CONTAINS_NAME);
    }
    return violations;
  }

  private static boolean isCommon(String lower) {
    if (COMMON.contains(lower)) {
      return true;
    }
    // A common word with digits or symbols around it ("password2026!", "!!qwerty123") is as weak.
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    if (!core.isEmpty() && COMMON.contains(core)) {
      return true;
    }
    String letters = lower.replaceAll("[^\\p{L}\\p{N}]", "");
    return letters.length() < 4 || isRepetition(letters) || isSequence(letters);
  }

  /** Only one or two distinct characters repeated ("aaaaaaaa", "abababab"). */
  private static boolean isRepetition(String s) {
    return s.chars().distinct().count() <= 2;
  }

  /** Nothing but one run along the alphabet, the digits or a keyboard row, either way. */
  private static boolean isSequence(String s) {
    String reversed = new StringBuilder(SEQUENCES).reverse().toString();
    for (int size = 4; size <= s.length(); size++) {
      // The whole string must be covered by repeats of a sequence of some length.
      String head = s.substring(0, size);
      if ((SEQUENCES.contains(head) || reversed.contains(head)) && repeats(s, head)) {
        return true;
      }
    }
    return false;
  }

  private static boolean repeats(String s, String unit) {
    for (int i = 0; i < s.length(); i += unit.length()) {
      String part = s.substring(i, Math.min(s.length(), i + unit.length()));
      if (!unit.startsWith(part)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
