/** Satisfaction surveys: questions, responses with their answers, and results. */
package org.yikatong.servicedesk.domain.survey;
