/**
 * The shared kernel, the ground floor every area stands on: money in fen, campus time and the
 * business day, the reasons a payment is declined, the caller, the refusal exception and the clock.
 * It imports no area.
 */
package org.yikatong.kernel;
