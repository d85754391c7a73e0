package org.yikatong.security.domain;

/** Only {@link #ACTIVE} users can log in (the Elytron realm query filters on it). */
public enum UserStatus {
  ACTIVE,
  DISABLED
}
