/** Training sessions with their attendees and materials. */
package org.yikatong.servicedesk.domain.training;
