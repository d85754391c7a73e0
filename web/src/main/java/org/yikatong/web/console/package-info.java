/** Backing beans of the console pages that are not specific to one area: landing page, locale. */
package org.yikatong.web.console;
