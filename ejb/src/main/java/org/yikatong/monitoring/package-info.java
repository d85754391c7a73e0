/**
 * Monitoring: the node's live figures for the data center's Prometheus (terminal traffic, channel
 * callbacks, terminals online, open tickets and alerts) and the readiness checks a load balancer
 * asks before it sends work to a node.
 */
package org.yikatong.monitoring;
