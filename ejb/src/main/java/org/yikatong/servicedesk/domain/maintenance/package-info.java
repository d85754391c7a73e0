/**
 * Maintenance requests (维护申请, after the after-sales and maintenance plan): the form flow from the
 * request to the holder's confirmation, its events, and the contract deadline of each step.
 */
package org.yikatong.servicedesk.domain.maintenance;
