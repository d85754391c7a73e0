/**
 * The spare parts depot (备品备件, after the emergency plan): parts with a reorder level and a unit
 * cost, depots, stock per part and depot that never goes below zero, movements (received, withdrawn
 * for a repair ticket, transferred), the parts used per repair, and reorder alerts. Tickets are
 * named by number and checked through the service desk's application API.
 */
package org.yikatong.spareparts;
