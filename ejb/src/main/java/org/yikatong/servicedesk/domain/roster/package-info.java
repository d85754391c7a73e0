/** The duty roster: posts by area and skill, A/B duty per post, and absences. */
package org.yikatong.servicedesk.domain.roster;
