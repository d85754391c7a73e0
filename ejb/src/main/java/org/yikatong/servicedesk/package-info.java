/**
 * The service desk (issue #5): fault tickets, SLA clocks, dispatch, penalties and the maintenance
 * record. So far: the SLA calendar arithmetic.
 */
package org.yikatong.servicedesk;
