package org.yikatong.web.console;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.yikatong.kernel.domain.RequestRefusedException;

/**
 * What every console page does alike: texts from the message bundle in the user's language,
 * messages on the page or beside a field, and times in campus time.
 */
public final class ConsolePage {

  /** Campus time: every time on a page is shown in it. */
  public static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ConsolePage() {}

  /** The message bundle of the current request's language. */
  public static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  /** A text of the bundle, or {@code fallback} when it has no such key. */
  public static String text(String key, String fallback) {
    ResourceBundle bundle = bundle();
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  /** An information message at the top of the page. */
  public static void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle().getString(key), ""));
  }

  /** Keeps this request's messages for the page a redirect leads to. */
  public static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** An amount of fen as yuan with two decimals. */
  public static String yuan(long fen) {
    return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
  }

  /** An error message beside a field (its client id) or, with null, at the top of the page. */
  public static void error(String clientId, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        clientId,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, clientId == null ? "" : text));
    faces.validationFailed();
  }

  /**
   * A refusal of the services, in the user's language: a summary by its kind, and what the service
   * said as the detail.
   */
  public static void refused(RequestRefusedException refused) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String summary = bundle().getString("refused." + refused.kind().name());
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, refused.getMessage()));
    faces.validationFailed();
  }

  /**
   * The server's time now, from its clock (looked up, not injected: a view scoped bean keeps no
   * reference that cannot be serialized with the session).
   */
  public static Instant now() {
    return CDI.current().select(Clock.class).get().instant();
  }

  /** A time in campus time, or a dash. */
  public static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant.atZone(CAMPUS));
  }

  /** A duration as hours and minutes ({@code 3:05}), or days too past a day ({@code 2d 3:05}). */
  public static String duration(Duration d) {
    long minutes = Math.abs(d.toMinutes());
    long days = minutes / (24 * 60);
    String hm = String.format("%d:%02d", (minutes / 60) % 24, minutes % 60);
    return (d.isNegative() ? "-" : "") + (days > 0 ? days + "d " + hm : hm);
  }
}
