/**
 * Technical plumbing: the injectable {@link java.time.Clock}, and the Liquibase migrations run
 * before Hibernate validates the mapping.
 */
package org.yikatong.kernel.infrastructure;
