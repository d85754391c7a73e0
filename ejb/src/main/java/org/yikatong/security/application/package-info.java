/**
 * Password hashing and secret encryption used by the other areas, and the audit trail: {@link
 * org.yikatong.security.application.AuditTrail} with the {@link
 * org.yikatong.security.application.Audited} binding that records administrative and financial
 * actions.
 */
package org.yikatong.security.application;
