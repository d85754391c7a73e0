package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.card.application.CardLifecycle;
import org.yikatong.cardadapter.api.CardNumber;
import org.yikatong.it.LedgerDriver.Holder;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.terminal.application.NewTerminal;
import org.yikatong.terminal.application.TerminalAdministration;
import org.yikatong.terminal.domain.TerminalType;

/**
 * The node keeps copies of terminal secrets so that checking a request's MAC costs no database
 * transaction. These tests change a terminal's row the way another node of the cluster would,
 * straight in the database and out of this node's sight, after this node has taken a copy, and show
 * on the wire that the copy never decides: a rotated secret refuses the old one (63) and serves the
 * new one at once, a disabled terminal is refused (58) and served again once enabled, and a card
 * reported lost is declined (41) whatever was paid with it before.
 */
@ExtendWith(ArquillianExtension.class)
class TerminalSecretCopiesIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static EnterpriseArchive ear() {
    return Deployments.builtEarWith(
        TerminalSecretCopiesIT.class, AsAdministrator.class, LedgerDriver.class, TestGateway.class);
  }

  @Inject LedgerDriver ledger;
  @Inject AsAdministrator admin;
  @Inject TerminalAdministration terminals;
  @Inject CardLifecycle lifecycle;
  @Inject SecretCipher cipher;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  @DisplayName("a secret replaced on another node: the old one is refused 63, the new one pays")
  void secretReplacedElsewhere() throws Exception {
    Pos pos = newPos();
    String terminal = pos.code();
    byte[] old = pos.secret();
    Holder holder = ledger.newHolder(10_000);
    String card = cardNo(holder);
    assertEquals(
        "00", TestGateway.pay(terminal, old, card, 100), "paid with the secret, now copied");

    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    otherNode(
        "update terminal set secret_cipher = ? where terminal_code = ?",
        cipher.encrypt(fresh),
        terminal);

    assertEquals(
        "63",
        TestGateway.pay(terminal, old, card, 200),
        "the copy of the old secret serves no more");
    assertEquals(
        "00", TestGateway.pay(terminal, fresh, card, 300), "the new secret serves at once");
    assertEquals("63", TestGateway.pay(terminal, old, card, 400), "and the old one stays refused");
    assertEquals(10_000 - 100 - 300, ledger.purse(holder), "only the approved payments posted");
  }

  @Test
  @DisplayName("a terminal disabled on another node is refused 58; enabled again, it pays")
  void terminalDisabledElsewhere() throws Exception {
    Pos pos = newPos();
    String terminal = pos.code();
    byte[] secret = pos.secret();
    Holder holder = ledger.newHolder(10_000);
    String card = cardNo(holder);
    assertEquals("00", TestGateway.pay(terminal, secret, card, 100));

    otherNode("update terminal set status = 'DISABLED' where terminal_code = ?", terminal);
    assertEquals("58", TestGateway.pay(terminal, secret, card, 200));
    assertEquals("58", TestGateway.pay(terminal, secret, card, 300));

    otherNode("update terminal set status = 'ENABLED' where terminal_code = ?", terminal);
    assertEquals("00", TestGateway.pay(terminal, secret, card, 400));
    assertEquals(10_000 - 100 - 400, ledger.purse(holder));
  }

  @Test
  @DisplayName("a card reported lost after paying is declined 41 at the same terminal")
  void cardLostAfterPaying() throws Exception {
    Pos pos = newPos();
    String terminal = pos.code();
    byte[] secret = pos.secret();
    Holder holder = ledger.newHolder(10_000);
    String card = cardNo(holder);
    assertEquals("00", TestGateway.pay(terminal, secret, card, 100));

    admin.call(() -> lifecycle.reportLoss(holder.serial()));
    assertEquals("41", TestGateway.pay(terminal, secret, card, 200));
    assertEquals(10_000 - 100, ledger.purse(holder));
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A POS terminal registered for this test and the secret it was issued. */
  private record Pos(String code, byte[] secret) {}

  private Pos newPos() throws Exception {
    String id =
        "Y" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 34), 36).toUpperCase();
    String code = (id + "0000000").substring(0, 8);
    String secretHex =
        admin
            .call(
                () ->
                    terminals.register(new NewTerminal(code, TerminalType.POS, "M0001", "测试 收银台")))
            .secretHex();
    return new Pos(code, HexFormat.of().parseHex(secretHex));
  }

  private String cardNo(Holder holder) {
    long id =
        ((Number)
                em.createNativeQuery("select id from card where serial_no = ?")
                    .setParameter(1, holder.serial())
                    .getSingleResult())
            .longValue();
    return CardNumber.of(id);
  }

  /** A change committed by another node: straight in the database, unseen by this node. */
  private void otherNode(String sql, Object... parameters) throws Exception {
    tx.begin();
    try {
      var update = em.createNativeQuery(sql);
      for (int i = 0; i < parameters.length; i++) {
        update.setParameter(i + 1, parameters[i]);
      }
      assertEquals(1, update.executeUpdate());
      tx.commit();
    } catch (Exception | AssertionError e) {
      tx.rollback();
      throw e;
    }
  }
}
