/**
 * The JAX-RS API under {@code /api}, one resource class per resource type. Errors are RFC 9457
 * problem details ({@code application/problem+json}); no stack trace ever reaches a client.
 */
package org.yikatong.web.rest;
