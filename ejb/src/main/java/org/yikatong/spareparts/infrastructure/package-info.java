/** Spare parts infrastructure: the cost of parts used in repairs, fed to the service statistics. */
package org.yikatong.spareparts.infrastructure;
