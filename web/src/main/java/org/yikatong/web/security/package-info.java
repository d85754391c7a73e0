/**
 * The web tier's own protections: the security headers of every response. (Cross-site request
 * forgery on the API is refused by {@link org.yikatong.web.rest.CsrfProtection}.)
 */
package org.yikatong.web.security;
