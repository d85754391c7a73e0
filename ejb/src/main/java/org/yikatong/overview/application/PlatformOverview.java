package org.yikatong.overview.application;

/**
 * What the platform holds right now, for the console's landing page and the overview API.
 *
 * @param cardHolders number of registered card holders
 * @param cards number of cards in any state
 * @param merchants number of merchants
 * @param terminals number of terminals and readers
 * @param purseBalanceFen sum of all card holder purses, in fen
 */
public record PlatformOverview(
    long cardHolders, long cards, long merchants, long terminals, long purseBalanceFen)
    implements java.io.Serializable {}
