package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderType;
import org.yikatong.card.domain.CardStatus;
import org.yikatong.ledger.application.CardHolderRegistry;
import org.yikatong.ledger.application.NewCardHolder;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountType;

/**
 * Runs inside the server: JPA in JTA transactions against the configured database, and that a
 * failed transaction leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(PersistenceIT.class, AsAdministrator.class);
  }

  @Inject CardHolderRegistry registry;
  @Inject AsAdministrator asAdministrator;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  @DisplayName("a registered card holder, card and purse read back in a new transaction")
  void roundTrip() throws Exception {
    NewCardHolder request = newHolder(unique("RT"), unique("C"), 12_345);
    asAdministrator.call(() -> registry.register(request));

    tx.begin();
    try {
      CardHolder holder = holderByNo(request.holderNo()).get(0);
      assertEquals(request.fullName(), holder.getFullName());
      assertEquals(CardHolderType.STAFF, holder.getType());
      Card card =
          em.createQuery("select c from Card c where c.holder = :h", Card.class)
              .setParameter("h", holder)
              .getSingleResult();
      assertEquals(request.cardSerialNo(), card.getSerialNo());
      assertEquals(CardStatus.ACTIVE, card.getStatus());
      Account purse =
          em.createQuery(
                  "select a from Account a where a.holder = :h and a.type = :t", Account.class)
              .setParameter("h", holder)
              .setParameter("t", AccountType.CARDHOLDER_PURSE)
              .getSingleResult();
      assertEquals(12_345, purse.getBalance().fen());
      assertNotNull(holder.getCreatedAt());
    } finally {
      tx.commit();
    }
  }

  @Test
  @DisplayName("a registration that fails on its last insert stores neither holder nor purse")
  void failedRegistrationLeavesNothing() throws Exception {
    NewCardHolder first = newHolder(unique("A"), unique("C"), 100);
    asAdministrator.call(() -> registry.register(first));
    // Same card serial: the card insert violates a unique constraint at commit.
    NewCardHolder clash = newHolder(unique("B"), first.cardSerialNo(), 500);

    assertThrows(EJBException.class, () -> asAdministrator.call(() -> registry.register(clash)));

    tx.begin();
    try {
      assertEquals(List.of(), holderByNo(clash.holderNo()));
      assertEquals(
          0L,
          em.createQuery("select count(a) from Account a where a.accountNo = :no", Long.class)
              .setParameter("no", "P" + clash.holderNo())
              .getSingleResult());
    } finally {
      tx.commit();
    }
  }

  @Test
  @DisplayName("a rolled-back JTA transaction leaves no row behind")
  void rollbackLeavesNothing() throws Exception {
    String holderNo = unique("RB");
    tx.begin();
    em.persist(new CardHolder(holderNo, "回滚测试", CardHolderType.VISITOR, null, Instant.now()));
    em.flush();
    assertEquals(1, holderByNo(holderNo).size(), "visible inside the transaction");
    tx.rollback();

    tx.begin();
    try {
      assertTrue(holderByNo(holderNo).isEmpty(), "gone after rollback");
    } finally {
      tx.commit();
    }
  }

  @Test
  @DisplayName("invalid input is refused before anything is written")
  void invalidInputRefused() throws Exception {
    NewCardHolder negative = newHolder(unique("N"), unique("C"), -1);
    assertThrows(EJBException.class, () -> asAdministrator.call(() -> registry.register(negative)));
    tx.begin();
    try {
      assertTrue(holderByNo(negative.holderNo()).isEmpty());
    } finally {
      tx.commit();
    }
  }

  private List<CardHolder> holderByNo(String holderNo) {
    return em.createQuery("select h from CardHolder h where h.holderNo = :no", CardHolder.class)
        .setParameter("no", holderNo)
        .getResultList();
  }

  private static NewCardHolder newHolder(String holderNo, String serial, long balanceFen) {
    return new NewCardHolder(
        holderNo,
        "测试 " + holderNo,
        CardHolderType.STAFF,
        "信息化中心",
        serial,
        LocalDate.now().plusYears(3),
        balanceFen,
        null);
  }

  /** Numbers unique across runs, since the database outlives a test run. */
  private static String unique(String prefix) {
    return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }
}
