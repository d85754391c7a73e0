/**
 * The web tier's own protections: the security headers of every response, the anti-forgery token of
 * each session, which {@link org.yikatong.web.rest.CsrfProtection} checks on the API, and the
 * origin of each request (address, User-Agent) for the audit trail.
 */
package org.yikatong.web.security;
