package org.yikatong.servicedesk.domain.asset;

/**
 * The faults of a group of assets in a period: how many tickets named one of them, and what their
 * chargeable repairs cost (parts and labour, in fen).
 *
 * @param key the supplier, model or location the assets share
 */
public record AssetFaults(String key, long faults, long repairCostFen)
    implements java.io.Serializable {}
