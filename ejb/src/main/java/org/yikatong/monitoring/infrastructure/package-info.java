/**
 * Monitoring's adapters to the server: meters and gauges in WildFly's Micrometer registry, and the
 * MicroProfile Health readiness checks of the database and the terminal listener.
 */
package org.yikatong.monitoring.infrastructure;
