/** Complaints: received by any channel, answered, resolved, and counted per month. */
package org.yikatong.servicedesk.domain.complaint;
