/**
 * Monitoring and early warning: what the terminals and payment channels served, summed per minute
 * and subject on each node and written to the database by that node; the health of every terminal
 * (online, last seen, devices, failures); alert rules, the alerts they raise and clear with a hold
 * period, silences and maintenance windows, and the tickets alerts open and resolve.
 */
package org.yikatong.monitoring;
