/**
 * Monitoring: the node's live figures for the data center's Prometheus (terminal traffic, channel
 * callbacks, terminals online, open tickets and alerts). The readiness checks a load balancer asks
 * live in the EAR's library {@code org.yikatong.health}.
 */
package org.yikatong.monitoring;
