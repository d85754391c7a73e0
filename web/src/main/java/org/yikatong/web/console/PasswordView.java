package org.yikatong.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.OwnAccount;
import org.yikatong.security.application.OwnAccount.PasswordChange;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.PasswordPolicy;
import org.yikatong.security.domain.PasswordPolicy.Violation;
import org.yikatong.web.security.LoginServlet;

/**
 * Changing one's own password: the current one, the new one twice. Each rule the new one breaks is
 * shown beside the field, in the console's language.
 */
@Named
@RequestScoped
public class PasswordView {

  @Inject OwnAccount account;

  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  /** Whether the signed-in user must change the password before using the console. */
  public boolean isRequired() {
    return external().getSessionMap().get(LoginServlet.PASSWORD_CHANGE_REQUIRED) != null;
  }

  /** The minimum length for the signed-in user. */
  public int getMinimumLength() {
    return PasswordPolicy.minimumLength(account.me().getRoles());
  }

  public String change() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    if (newPassword == null || !newPassword.equals(repeatedPassword)) {
      error(faces, "password:repeated", msg.getString("password.mismatch"));
      return null;
    }
    AppUser me = account.me();
    try {
      // The service decides (and records a refusal in the audit trail); the page names each rule
      // broken in the console's language.
      account.changePassword(new PasswordChange(currentPassword, newPassword));
    } catch (RequestRefusedException refused) {
      List<Violation> violations =
          PasswordPolicy.check(newPassword, me.getRoles(), me.getUsername(), me.getDisplayName());
      if (refused.getMessage().startsWith("The current password")) {
        error(faces, "password:current", msg.getString("password.currentWrong"));
      } else if (violations.isEmpty()) {
        error(faces, "password:new", msg.getString("password.violation.SAME_AS_CURRENT"));
      }
      for (Violation v : violations) {
        error(
            faces,
            "password:new",
            msg.getString("password.violation." + v.name())
                .replace("{0}", String.valueOf(PasswordPolicy.minimumLength(me.getRoles()))));
      }
      return null;
    }
    Map<String, Object> session = external().getSessionMap();
    session.remove(LoginServlet.PASSWORD_CHANGE_REQUIRED);
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("password.changed"), ""));
    return "/index.xhtml?faces-redirect=true";
  }

  private static void error(FacesContext faces, String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
