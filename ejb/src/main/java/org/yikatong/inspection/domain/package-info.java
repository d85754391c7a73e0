/**
 * Inspection templates, schedules with their recurrence arithmetic, and rounds with their results.
 */
package org.yikatong.inspection.domain;
