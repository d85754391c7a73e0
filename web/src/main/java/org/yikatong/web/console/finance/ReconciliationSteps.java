package org.yikatong.web.console.finance;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.web.console.ConsolePage;

/**
 * How the reconciliation pages take a step through a service: done, it says so; refused (a file
 * that cannot be read, a date already reconciled, an item already resolved, a closed run), it says
 * why at the top of the page in the user's language, with the service's words as the detail, and
 * nothing is changed.
 */
final class ReconciliationSteps {

  private ReconciliationSteps() {}

  /**
   * Runs a step of the services; done, it shows the information message {@code doneKey} (unless
   * null) and answers true; refused, it shows why and answers false.
   */
  static boolean step(Runnable work, String doneKey) {
    try {
      work.run();
    } catch (RequestRefusedException refused) {
      show(summary(refused.kind().name()), refused.getMessage());
      return false;
    } catch (EJBException e) {
      ConstraintViolationException invalid = violations(e);
      if (invalid == null) {
        throw e;
      }
      show(
          summary(RequestRefusedException.Kind.INVALID.name()),
          invalid.getConstraintViolations().stream()
              .map(ReconciliationSteps::describe)
              .sorted()
              .collect(Collectors.joining("; ")));
      return false;
    }
    if (doneKey != null) {
      ConsolePage.info(doneKey);
    }
    return true;
  }

  /**
   * A text of the bundle with one value put in ({@code "确认为第 {0} 项"}); a list of values is put in
   * as "3, 5".
   */
  static String format(String key, Object value) {
    String shown =
        value == null
            ? ""
            : value instanceof java.util.Collection<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(value);
    return java.text.MessageFormat.format(ConsolePage.bundle().getString(key), shown);
  }

  private static String summary(String kind) {
    ResourceBundle bundle = ConsolePage.bundle();
    String own = "recon.refused." + kind;
    return bundle.containsKey(own) ? bundle.getString(own) : bundle.getString("refused." + kind);
  }

  private static void show(String summary, String detail) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    faces.validationFailed();
  }

  /** The parameter validation of an EJB the container wrapped, if that is what failed. */
  private static ConstraintViolationException violations(EJBException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ConstraintViolationException cve) {
        return cve;
      }
    }
    return null;
  }

  private static String describe(ConstraintViolation<?> v) {
    String property = v.getPropertyPath().toString();
    int dot = property.lastIndexOf('.');
    return (dot < 0 ? property : property.substring(dot + 1)) + ": " + v.getMessage();
  }
}
