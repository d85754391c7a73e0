package org.yikatong.security.domain;

import java.util.Optional;

/** Users of the console and the API. */
public interface AppUserRepository {

  void add(AppUser user);

  Optional<AppUser> findByUsername(String username);
}
