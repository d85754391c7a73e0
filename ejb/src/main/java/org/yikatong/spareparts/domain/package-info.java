/** Parts, depots, stock levels, movements and reorder alerts, with the stock rules. */
package org.yikatong.spareparts.domain;
