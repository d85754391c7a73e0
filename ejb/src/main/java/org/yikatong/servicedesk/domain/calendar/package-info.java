/**
 * Time as the service contracts count it: working calendars with duty hours, holidays and make-up
 * working days, paused intervals, and SLA targets in minutes, hours or working days.
 */
package org.yikatong.servicedesk.domain.calendar;
