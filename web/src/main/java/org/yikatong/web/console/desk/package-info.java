/**
 * The service desk administration pages under {@code /desk/}, for the helpdesk and administrators:
 * the contracts, rules and records the service desk works by. Each page translates what the user
 * does into calls of an area's application services and shows what they answer; the services check
 * every rule and refuse what they do not allow.
 */
package org.yikatong.web.console.desk;
