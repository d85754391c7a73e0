/**
 * The emergency mode of self-service payment (应急模式, after the emergency plan): an emergency
 * declared for all kiosks, one location or one payment channel switches the terminals in scope
 * (NOTICE and MODE commands through the terminal area), opens desk POS as manual service points,
 * publishes a notice with a hotline, an online top-up link and its QR code, FAQ entries and staged
 * status updates to card holders, keeps a timeline, and ends with a review record. Drills run the
 * same way and are marked as drills. An emergency declared from a monitoring alert keeps the
 * alert's id only.
 */
package org.yikatong.emergency;
