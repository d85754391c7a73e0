package org.yikatong.web.console;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;

/**
 * How a console page takes a step through a service: done, it says so; refused (the record's state
 * does not allow it, something named does not exist, the input breaks a rule of the service), it
 * says why at the top of the page and nothing is changed.
 */
public final class ConsoleSteps {

  private ConsoleSteps() {}

  /**
   * Runs a step of the service; done, it shows the information message {@code doneKey} (unless
   * null) and answers true; refused, it shows why and answers false.
   *
   * @param page the page's key prefix: {@code <page>.refused.<KIND>} names a refusal in the page's
   *     words where the bundle has it, else the console's {@code refused.<KIND>} does
   */
  public static boolean step(String page, Runnable work, String doneKey) {
    return ask(
            page,
            () -> {
              work.run();
              return Boolean.TRUE;
            },
            doneKey)
        != null;
  }

  /**
   * Asks a service for an answer, as {@link #step} takes a step: answered, it shows {@code doneKey}
   * (unless null) and returns the answer; refused, it shows why and returns null.
   */
  public static <T> T ask(String page, Supplier<T> work, String doneKey) {
    T answer;
    try {
      answer = work.get();
    } catch (RequestRefusedException refused) {
      refused(page, refused);
      return null;
    } catch (EJBException e) {
      ConstraintViolationException invalid = violations(e);
      if (invalid == null) {
        throw e;
      }
      show(
          summary(page, RequestRefusedException.Kind.INVALID.name()),
          invalid.getConstraintViolations().stream()
              .map(ConsoleSteps::describe)
              .sorted()
              .collect(Collectors.joining("; ")));
      return null;
    }
    if (doneKey != null) {
      ConsolePage.info(doneKey);
    }
    return answer;
  }

  /** A refusal of a service in the page's words, with what the service said as the detail. */
  public static void refused(String page, RequestRefusedException refused) {
    show(summary(page, refused.kind().name()), refused.getMessage());
  }

  private static String summary(String page, String kind) {
    ResourceBundle bundle = ConsolePage.bundle();
    String own = page + ".refused." + kind;
    return bundle.containsKey(own) ? bundle.getString(own) : bundle.getString("refused." + kind);
  }

  /** An error at the top of the page: a summary and a detail; the request counts as failed. */
  public static void show(String summary, String detail) {
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

  /** A text stripped, or null when blank. */
  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
