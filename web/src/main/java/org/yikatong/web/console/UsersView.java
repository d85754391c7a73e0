package org.yikatong.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.UserAccounts;
import org.yikatong.security.application.UserAccounts.IssuedPassword;
import org.yikatong.security.application.UserAccounts.NewUser;
import org.yikatong.security.domain.AppUser;
import org.yikatong.security.domain.Role;

/**
 * The administrators' user management: find users, create staff users, change roles, disable and
 * enable, issue a temporary password (shown once) and end a lock.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The roles an administrator gives staff users (card holders get theirs with the holder). */
  public static final List<String> STAFF_ROLES =
      Role.ALL.stream().filter(r -> !Role.CARDHOLDER.equals(r)).toList();

  @Inject UserAccounts accounts;

  private String query;
  private boolean withCardHolders;
  private List<AppUser> users = new ArrayList<>();

  private String newUsername;
  private String newDisplayName;
  private List<String> newRoles = new ArrayList<>();

  private String editedUsername;
  private List<String> editedRoles = new ArrayList<>();

  private IssuedPassword issued;

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    users = accounts.search(query, withCardHolders, 500);
  }

  public void create() {
    run(
        () -> {
          issued =
              accounts.create(
                  new NewUser(
                      newUsername == null ? "" : newUsername.strip(),
                      newDisplayName == null ? "" : newDisplayName.strip(),
                      new LinkedHashSet<>(newRoles)));
          newUsername = null;
          newDisplayName = null;
          newRoles = new ArrayList<>();
          return "users.created";
        },
        "create:username");
  }

  public void startEditingRoles(String username) {
    editedUsername = username;
    editedRoles = new ArrayList<>(accounts.find(username).getRoles());
  }

  public void saveRoles() {
    run(
        () -> {
          accounts.assignRoles(editedUsername, Set.copyOf(editedRoles));
          return "users.rolesSaved";
        },
        "roles:roles");
  }

  public void disable(String username) {
    run(
        () -> {
          accounts.disable(username);
          return "users.disabled";
        },
        null);
  }

  public void enable(String username) {
    run(
        () -> {
          accounts.enable(username);
          return "users.enabled";
        },
        null);
  }

  public void unlock(String username) {
    run(
        () -> {
          accounts.unlock(username);
          return "users.unlocked";
        },
        null);
  }

  public void resetPassword(String username) {
    run(
        () -> {
          issued = accounts.resetPassword(username);
          return "users.passwordIssued";
        },
        null);
  }

  /** Forgets the issued password once the administrator has closed its dialog. */
  public void forgetIssued() {
    issued = null;
  }

  private void run(Supplier<String> action, String fieldId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      String key = action.get();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString(key), ""));
      search();
    } catch (RequestRefusedException refused) {
      // A field shows the detail beside it; the page's messages show the summary alone. A name
      // already taken is the one refusal the create form words itself.
      String text =
          refused.kind() == RequestRefusedException.Kind.CONFLICT
                  && "create:username".equals(fieldId)
              ? msg.getString("users.taken")
              : refused.getMessage();
      faces.addMessage(
          fieldId,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text, fieldId == null ? "" : text));
      faces.validationFailed();
    }
  }

  /** A time in campus time, or a dash. */
  public String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant.atZone(CAMPUS));
  }

  public boolean locked(AppUser user) {
    return user.isLocked(Instant.now());
  }

  public List<String> getStaffRoles() {
    return STAFF_ROLES;
  }

  public List<AppUser> getUsers() {
    return users;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isWithCardHolders() {
    return withCardHolders;
  }

  public void setWithCardHolders(boolean withCardHolders) {
    this.withCardHolders = withCardHolders;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }

  public String getEditedUsername() {
    return editedUsername;
  }

  public List<String> getEditedRoles() {
    return editedRoles;
  }

  public void setEditedRoles(List<String> editedRoles) {
    this.editedRoles = editedRoles;
  }

  public IssuedPassword getIssued() {
    return issued;
  }
}
