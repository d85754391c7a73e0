/** The finance office's pages. */
package org.yikatong.web.console.finance;
