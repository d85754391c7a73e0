/**
 * The helpdesk's pages: the ticket queue with its live SLA countdowns, a new ticket from a phone
 * call, and the ticket page with its deadlines, timeline and steps. They translate what the user
 * does into calls of the service desk's application services and show what those answer.
 */
package org.yikatong.web.console.helpdesk;
