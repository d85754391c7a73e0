/**
 * Use cases of monitoring: reading the live figures from the areas below, and the interfaces
 * ({@link org.yikatong.monitoring.application.TrafficMeters}) through which the interfaces report
 * traffic.
 */
package org.yikatong.monitoring.application;
