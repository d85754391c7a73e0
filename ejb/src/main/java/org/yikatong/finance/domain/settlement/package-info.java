/**
 * A merchant's daily settlement: what its takings stripes took on a business day, split into sales,
 * refunds, reversals, fees and adjustments, each figure with the journal entries behind it, and the
 * net the merchant is paid; final once the day is closed, provisional before.
 */
package org.yikatong.finance.domain.settlement;
