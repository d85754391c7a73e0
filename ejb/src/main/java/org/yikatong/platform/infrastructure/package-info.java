/**
 * Technical plumbing: the injectable {@link java.time.Clock}, Liquibase migrations run before
 * Hibernate validates the mapping, and the startup checks.
 */
package org.yikatong.platform.infrastructure;
