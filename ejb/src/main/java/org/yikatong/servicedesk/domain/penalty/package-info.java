/** SLA penalties: the rules per level and target, the charges, and the warranty deposit. */
package org.yikatong.servicedesk.domain.penalty;
