/**
 * The node's readiness checks (MicroProfile Health, {@code :9990/health/ready}): the database
 * answers, and the card adapter's listener takes terminal gateway connections. They ship in the
 * EAR's {@code lib/}, because WildFly registers the health checks of an EAR only from there, and
 * reach what they check by its global JNDI name.
 */
package org.yikatong.health;
