/**
 * Monitoring's adapters to the server: the meters and gauges in WildFly's Micrometer registry that
 * the management interface serves as Prometheus text.
 */
package org.yikatong.monitoring.infrastructure;
