package org.yikatong.kernel.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/** Who is calling, by the name stored in audit columns ({@code posted_by}, {@code made_by}). */
@RequestScoped
public class Caller {

  /** Name recorded for work no user started (timers, anonymous terminal traffic). */
  public static final String SYSTEM = "system";

  @Inject Principal principal;

  public String name() {
    String name = principal == null ? null : principal.getName();
    return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
  }
}
