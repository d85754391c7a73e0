/**
 * The service desk: fault tickets with their SLA clocks, contracts and working calendars, dispatch
 * by the duty roster and escalation, penalties against the warranty deposit, maintenance requests,
 * the knowledge base, complaints, surveys, training and the service statistics. Other areas reach
 * tickets through its application services, never its entities.
 */
package org.yikatong.servicedesk;
