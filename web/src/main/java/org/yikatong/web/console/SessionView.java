package org.yikatong.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who is logged in, and logging out. */
@Named
@RequestScoped
public class SessionView {

  public String getUsername() {
    Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  /** Ends the session and returns to the login page. */
  public String logout() throws ServletException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).logout();
    context.invalidateSession();
    return "/index.xhtml?faces-redirect=true";
  }
}
