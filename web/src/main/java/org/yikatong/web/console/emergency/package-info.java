/**
 * The emergency pages of the helpdesk and administrators: the control panel (declare, status
 * updates, end, poster and QR code) and the review records; the banner every console user sees is
 * {@link org.yikatong.web.console.EmergencyBannerView}.
 */
package org.yikatong.web.console.emergency;
