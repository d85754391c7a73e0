/**
 * The monitoring pages under {@code /monitoring/}: the terminal status wall, the alerts with their
 * silences and events, the alert rules, and the maintenance windows. The helpdesk and
 * administrators change rules, silence alerts and plan maintenance; technicians and auditors read
 * the same pages. The views translate what the user does into calls of the monitoring area's
 * application services and show what those answer; every rule is the services'.
 */
package org.yikatong.web.console.monitoring;
