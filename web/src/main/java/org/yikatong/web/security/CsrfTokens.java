package org.yikatong.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The anti-forgery token of each HTTP session: 32 random bytes in hex, made when the session is
 * made and made again at sign-in, so that every request of the signed-in session sees the same one.
 * It replicates with the session.
 */
@WebListener
public class CsrfTokens implements HttpSessionListener {

  static final String SESSION_ATTRIBUTE = "org.yikatong.web.csrf-token";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setAttribute(SESSION_ATTRIBUTE, newToken());
  }

  /** The session's token; null for a session made before this listener ran (none is accepted). */
  public static String of(HttpSession session) {
    return (String) session.getAttribute(SESSION_ATTRIBUTE);
  }

  /** Gives the session a new token: a sign-in starts with one nobody saw before. */
  public static void renew(HttpSession session) {
    session.setAttribute(SESSION_ATTRIBUTE, newToken());
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
