/**
 * Monitoring's services: the in-memory traffic recorder on the payment path and its flush to the
 * database, terminal health, alert rules, the alert evaluator and the alerts' tickets.
 */
package org.yikatong.monitoring.application;
