/**
 * The service desk's administration pages under {@code /desk/}, for the helpdesk and
 * administrators: the records and rules the desk works by (knowledge base, satisfaction surveys,
 * complaints, training, ...). They translate what the user does into calls of the service desk's
 * application services and show what those answer.
 */
package org.yikatong.web.console.desk;
