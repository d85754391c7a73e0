/**
 * Spare parts infrastructure: the JPA repositories, and the cost of parts used in repairs fed to
 * the service statistics.
 */
package org.yikatong.spareparts.infrastructure;
