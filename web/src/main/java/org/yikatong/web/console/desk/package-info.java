/**
 * The service desk's administration pages, for the helpdesk and administrators: the SLA contracts
 * with their targets and the working calendars they count on, and the penalties with their rules
 * and the warranty deposit. The helpdesk reads them; the changes only an administrator may make are
 * offered to administrators alone, and the services refuse them to anyone else.
 */
package org.yikatong.web.console.desk;
