/**
 * Backing beans of the console pages that are not specific to one area: landing page, locale, and
 * the audit trail for auditors.
 */
package org.yikatong.web.console;
