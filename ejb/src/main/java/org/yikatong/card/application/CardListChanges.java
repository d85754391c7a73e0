package org.yikatong.card.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardListChange;
import org.yikatong.card.domain.CardListChanged;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.kernel.application.Caller;

/**
 * Records a change of a card's validity in the blacklist and announces it ({@link
 * CardListChanged}), in the caller's transaction. Every step that adds a card to the list or
 * removes it goes through here.
 */
@ApplicationScoped
public class CardListChanges {

  @Inject CardRepository cards;
  @Inject Caller caller;
  @Inject Event<CardListChanged> changed;

  /** Stores the change the card's current state makes to the blacklist and announces it. */
  public CardListChange record(Card card, Instant at) {
    CardListChange change = new CardListChange(card, at, caller.name());
    cards.add(change);
    changed.fire(new CardListChanged(change, card.getCardNo()));
    return change;
  }
}
