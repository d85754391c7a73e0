package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.notification.application.NotificationSender;
import org.yikatong.notification.application.Notifications;
import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.ChannelLogEntry;
import org.yikatong.notification.domain.MessageStatus;
import org.yikatong.notification.domain.OutboxMessage;

/**
 * {@code /api/v1/notifications}: the notification outbox (what was, will be or could not be sent,
 * and why), with what the WeChat and SMS channels recorded; and sending what is due now.
 */
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class NotificationResource {

  @Inject Notifications notifications;
  @Inject NotificationSender sender;

  /**
   * One outbox message.
   *
   * @param error the last failure, or why it is undeliverable
   * @param payload what the WeChat or SMS channel recorded as sent (those channels only)
   */
  public record NotificationView(
      long id,
      String kind,
      String reference,
      String recipient,
      String channel,
      String address,
      String subject,
      String text,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String error,
      Instant createdAt,
      Instant sentAt,
      String payload) {
    static NotificationView of(OutboxMessage m, ChannelLogEntry log) {
      return new NotificationView(
          m.getId(),
          m.getKind(),
          m.getReference(),
          m.getRecipient(),
          m.getChannel().name(),
          m.getAddress(),
          m.getSubject(),
          m.getText(),
          m.getStatus().name(),
          m.getAttempts(),
          m.getNextAttemptAt(),
          m.getLastError(),
          m.getCreatedAt(),
          m.getSentAt(),
          log == null ? null : log.getPayload());
    }
  }

  @GET
  public List<NotificationView> list(
      @QueryParam("status") String status,
      @QueryParam("channel") String channel,
      @QueryParam("reference") String reference,
      @QueryParam("max") @DefaultValue("100") int max) {
    List<OutboxMessage> messages =
        notifications.list(
            parse(MessageStatus.class, "status", status),
            parse(Channel.class, "channel", channel),
            reference,
            max);
    Map<Long, ChannelLogEntry> logs =
        notifications.sentLog(messages.stream().map(OutboxMessage::getId).toList()).stream()
            .collect(Collectors.toMap(ChannelLogEntry::getMessageId, Function.identity()));
    return messages.stream().map(m -> NotificationView.of(m, logs.get(m.getId()))).toList();
  }

  /** Sends what is due now (the sender also runs every minute): how many came to what. */
  @POST
  @Path("/deliver")
  public Map<String, Integer> deliver() {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    sender.deliverPending().forEach((outcome, n) -> counts.put(outcome.name(), n));
    return counts;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(
          "'" + name + "' is one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
