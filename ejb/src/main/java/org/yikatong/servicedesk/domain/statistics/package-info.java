/** Periods and monthly counts for the service statistics. */
package org.yikatong.servicedesk.domain.statistics;
