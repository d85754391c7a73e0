/** The JPA repositories of monitoring, and its meters for the metrics registry. */
package org.yikatong.monitoring.infrastructure;
