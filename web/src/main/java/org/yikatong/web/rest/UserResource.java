package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.yikatong.security.application.UserAccounts;
import org.yikatong.security.application.UserAccounts.IssuedPassword;
import org.yikatong.security.application.UserAccounts.NewUser;
import org.yikatong.security.domain.AppUser;

/**
 * {@code /api/v1/users}: the administrators' management of users. A password issued here (a new
 * user's, or a reset) is in the response once, never again, and must be changed at the next login.
 */
@Path("/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject UserAccounts accounts;
  @Context UriInfo uriInfo;

  /** A user as administrators and auditors see them: never the password hash. */
  public record UserView(
      String username,
      String displayName,
      String status,
      Set<String> roles,
      boolean passwordChangeRequired,
      boolean locked,
      Instant lockedUntil,
      int failedLogins,
      Instant lastLoginAt,
      Instant createdAt) {

    static UserView of(AppUser u) {
      Instant now = Instant.now();
      return new UserView(
          u.getUsername(),
          u.getDisplayName(),
          u.getStatus().name(),
          u.getRoles(),
          u.isPasswordChangeRequired(),
          u.isLocked(now),
          u.isLocked(now) ? u.getLockedUntil() : null,
          u.getFailedLogins(),
          u.getLastLoginAt(),
          u.getCreatedAt());
    }
  }

  /** A password to hand over once. */
  public record IssuedPasswordView(String username, String temporaryPassword) {
    static IssuedPasswordView of(IssuedPassword p) {
      return new IssuedPasswordView(p.username(), p.password());
    }

    @Override
    public String toString() {
      return "IssuedPasswordView[username=" + username + ", temporaryPassword=****]";
    }
  }

  /** The roles to give a user. */
  public record RolesBody(Set<String> roles) {}

  @GET
  public List<UserView> search(
      @QueryParam("q") String text,
      @QueryParam("cardHolders") @DefaultValue("false") boolean withCardHolders,
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(500) int limit) {
    return accounts.search(text, withCardHolders, limit).stream().map(UserView::of).toList();
  }

  @GET
  @Path("/{username}")
  public UserView user(@PathParam("username") String username) {
    return UserView.of(accounts.find(username));
  }

  /** Creates a staff user; the answer carries the temporary password, once. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewUser request) {
    if (request == null) {
      throw new BadRequestException("A user request body is required");
    }
    IssuedPassword issued = accounts.create(request);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(issued.username()).build())
        .cacheControl(noStore())
        .entity(IssuedPasswordView.of(issued))
        .build();
  }

  @PUT
  @Path("/{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserView assignRoles(@PathParam("username") String username, RolesBody body) {
    if (body == null || body.roles() == null) {
      throw new BadRequestException("A body with the roles is required");
    }
    return UserView.of(accounts.assignRoles(username, body.roles()));
  }

  @POST
  @Path("/{username}/disable")
  public UserView disable(@PathParam("username") String username) {
    return UserView.of(accounts.disable(username));
  }

  @POST
  @Path("/{username}/enable")
  public UserView enable(@PathParam("username") String username) {
    return UserView.of(accounts.enable(username));
  }

  @POST
  @Path("/{username}/unlock")
  public UserView unlock(@PathParam("username") String username) {
    return UserView.of(accounts.unlock(username));
  }

  /** Issues a temporary password; the answer carries it, once. */
  @POST
  @Path("/{username}/password-reset")
  public Response resetPassword(@PathParam("username") String username) {
    return Response.ok(IssuedPasswordView.of(accounts.resetPassword(username)))
        .cacheControl(noStore())
        .build();
  }

  static CacheControl noStore() {
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    return cc;
  }
}
