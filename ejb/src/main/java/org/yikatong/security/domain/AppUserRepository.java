package org.yikatong.security.domain;

import java.util.List;
import java.util.Optional;

/** Users of the console and the API. */
public interface AppUserRepository {

  void add(AppUser user);

  Optional<AppUser> findByUsername(String username);

  /**
   * The user, locked for update until the transaction ends, as read under the lock: logins of one
   * user recorded at the same moment (parallel API requests) are recorded one after the other.
   */
  Optional<AppUser> lockByUsername(String username);

  /**
   * Users whose user name or display name contains the text (case-insensitive), by user name.
   *
   * @param withCardHolders whether card holders' logins are included
   */
  List<AppUser> search(String text, boolean withCardHolders, int max);

  /** Active users holding the role. */
  long countActiveWithRole(String role);
}
