/**
 * Service contracts: the SLA targets per level (each on its own clock with its own warning lead)
 * and the log of every change to them or to the duty roster.
 */
package org.yikatong.servicedesk.domain.contract;
