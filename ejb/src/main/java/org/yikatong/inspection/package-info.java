/**
 * Inspections (巡检): checklist templates, schedules that plan rounds (the weekly full inspection of
 * hardware, software and network after the O&M plan, the 2-hourly kiosk patrols after the emergency
 * plan), and the rounds technicians record; a failed item opens a fault ticket through the service
 * desk's application API.
 */
package org.yikatong.inspection;
