/**
 * The node rows over JPA, and the rows of WildFly's timer table ({@code JBOSS_EJB_TIMER}) and its
 * in-memory timers, read and released over the application's datasource.
 */
package org.yikatong.cluster.infrastructure;
