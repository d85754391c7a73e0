/**
 * Use cases: declaring, updating and ending an emergency, the public notices for the channels, the
 * poster and the QR code, and the review records.
 */
package org.yikatong.emergency.application;
