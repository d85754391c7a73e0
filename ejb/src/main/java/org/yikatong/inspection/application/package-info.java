/** Use cases: managing templates and schedules, planning rounds, recording them. */
package org.yikatong.inspection.application;
