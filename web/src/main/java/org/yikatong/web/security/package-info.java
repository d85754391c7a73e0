/**
 * The web tier's own protections: the security headers of every response and the anti-forgery token
 * of each session, which {@link org.yikatong.web.rest.CsrfProtection} checks on the API.
 */
package org.yikatong.web.security;
