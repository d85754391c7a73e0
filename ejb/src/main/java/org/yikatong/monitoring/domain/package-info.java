/**
 * Monitoring's records: per-minute traffic summaries ({@code traffic}) and alert rules, alerts,
 * their events and silences ({@code alert}).
 */
package org.yikatong.monitoring.domain;
