/**
 * The technicians' pages, made for a phone first: the tickets assigned to me, and one ticket with
 * the steps of a repair (accept, on site, work log, parts used, resolve).
 */
package org.yikatong.web.console.tech;
