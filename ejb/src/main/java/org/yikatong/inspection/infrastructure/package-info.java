/** Inspection infrastructure: the JPA repositories of templates, schedules and rounds. */
package org.yikatong.inspection.infrastructure;
