package org.yikatong.security.domain;

/**
 * Only {@link #ACTIVE} users can log in (the Elytron realm query filters on it). A {@link #PENDING}
 * login (a card holder's, created with the holder) has no password until one is issued.
 */
public enum UserStatus {
  ACTIVE,
  DISABLED,
  PENDING
}
