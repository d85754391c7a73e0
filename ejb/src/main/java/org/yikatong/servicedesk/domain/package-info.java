/** Service desk rules as plain Java: the working calendar and SLA targets. */
package org.yikatong.servicedesk.domain;
