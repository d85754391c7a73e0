package org.yikatong.inspection.domain;

/**
 * What a technician found for one checklist item.
 *
 * @param itemNo the item's number in the checklist, from 1
 * @param note what is wrong; required when the item failed
 * @param terminalCode the terminal the finding is about, if any
 */
public record ItemResult(int itemNo, ItemOutcome outcome, String note, String terminalCode) {}
