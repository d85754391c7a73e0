/**
 * Inspections (巡检, issue #5): checklist templates, schedules that plan rounds (the weekly full
 * inspection of hardware, software and network [000], the 2-hourly kiosk patrols [001]), and the
 * rounds technicians record; a failed item opens a fault ticket.
 */
package org.yikatong.inspection;
