/**
 * The web tier: the PrimeFaces console ({@code console} and the pages under {@code webapp/}) and
 * the JAX-RS API ({@code rest}). Both only translate requests into EJB calls and results into pages
 * or JSON; no business rule lives here.
 */
package org.yikatong.web;
