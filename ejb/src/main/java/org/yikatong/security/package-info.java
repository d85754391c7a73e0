/**
 * Users, roles and secrets. Authentication itself is done by WildFly Elytron (a JDBC realm over
 * {@code app_user} and {@code app_user_role}); this area owns those tables, hashes passwords the
 * way the realm verifies them, and encrypts terminal secrets.
 */
package org.yikatong.security;
