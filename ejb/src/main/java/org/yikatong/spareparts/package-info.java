/**
 * The spare parts depot (备品备件, issue #5) [001]: parts with a reorder level and a unit cost, depots,
 * stock per part and depot that never goes below zero, movements (received, withdrawn for a repair
 * ticket, transferred), the parts used per repair, and reorder alerts.
 */
package org.yikatong.spareparts;
