package org.yikatong.web.console.finance;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.web.console.ConsolePage;

/**
 * How the settlement and report pages ask the finance services: what they answer, or, refused (the
 * day has not ended, nothing of that number exists, the input breaks a rule of the service), why at
 * the top of the page in the user's language, with what the service said as the detail.
 */
final class SettleSteps {

  private SettleSteps() {}

  /**
   * Asks a service; answered, it shows the information message {@code doneKey} (unless null) and
   * returns the answer; refused, it shows why and returns null.
   */
  static <T> T ask(Supplier<T> work, String doneKey) {
    T answer;
    try {
      answer = work.get();
    } catch (RequestRefusedException refused) {
      show("settle.refused." + refused.kind().name(), refused.getMessage());
      return null;
    } catch (EJBException e) {
      ConstraintViolationException invalid = violations(e);
      if (invalid == null) {
        throw e;
      }
      show(
          "settle.refused.INVALID",
          invalid.getConstraintViolations().stream()
              .map(v -> v.getPropertyPath() + ": " + v.getMessage())
              .sorted()
              .collect(Collectors.joining("; ")));
      return null;
    }
    if (doneKey != null) {
      ConsolePage.info(doneKey);
    }
    return answer;
  }

  private static void show(String summaryKey, String detail) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ConsolePage.bundle();
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString(summaryKey), detail));
    faces.validationFailed();
  }

  private static ConstraintViolationException violations(EJBException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ConstraintViolationException cve) {
        return cve;
      }
    }
    return null;
  }

  /** The API's address of a path under {@code /api/v1/finance/}, in this console. */
  static String api(String path) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/v1/finance/"
        + path;
  }

  /** A value for a path segment or a query parameter. */
  static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
