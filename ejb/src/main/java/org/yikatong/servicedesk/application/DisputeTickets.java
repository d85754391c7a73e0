package org.yikatong.servicedesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.yikatong.ledger.application.PaymentDisputed;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;

/**
 * Opens a ticket for every disputed payment, so that the card holder follows the dispute like any
 * other report (level 3, naming the payment); finance decides it in the ledger.
 */
@ApplicationScoped
public class DisputeTickets {

  @Inject Tickets tickets;

  void onDispute(@Observes PaymentDisputed dispute) {
    tickets.open(
        new NewTicket(
            TicketChannel.APP,
            dispute.holderName(),
            null,
            dispute.holderNo(),
            dispute.terminalCode(),
            null,
            TicketCategory.OPERATOR_ERROR,
            null,
            false,
            "重复扣款申诉 " + dispute.amount().toYuanString() + " 元",
            "疑似重复刷卡：支付 " + dispute.entryId() + " 与 " + dispute.earlierEntryId() + "，持卡人申诉第二笔。",
            dispute.entryId(),
            null,
            null));
  }
}
