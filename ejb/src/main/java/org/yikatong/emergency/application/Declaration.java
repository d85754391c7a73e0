package org.yikatong.emergency.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.yikatong.emergency.domain.EmergencyScope;
import org.yikatong.ledger.domain.PaymentChannel;

/**
 * What the helpdesk declares an emergency with.
 *
 * @param faultStartedAt when the fault started; null: now
 * @param location the location prefix of a LOCATION scope
 * @param channel the payment channel of a CHANNEL scope
 * @param noticeText the text for the kiosk screens and the notice (at most 300 characters)
 * @param offline switch the terminals in scope to offline acceptance (MODE OFFLINE) instead of
 *     EMERGENCY
 * @param servicePoints desk POS opened as manual service points, with their opening hours
 * @param faq questions and answers published with the emergency
 * @param sourceAlertId the monitoring alert the emergency comes from, if any
 */
public record Declaration(
    @NotBlank @Size(max = 100) String title,
    @Size(max = 1000) String cause,
    Instant faultStartedAt,
    @NotNull EmergencyScope scope,
    @Size(max = 100) String location,
    PaymentChannel channel,
    boolean drill,
    @Size(max = 32) String hotline,
    @Size(max = 300) String topUpUrl,
    @Size(max = 500) String priorityNote,
    @NotBlank @Size(max = 300) String noticeText,
    boolean offline,
    List<@NotNull @Valid ServicePointRequest> servicePoints,
    List<@NotNull @Valid FaqItem> faq,
    Long sourceAlertId) {

  /** A desk POS to open as a service point. */
  public record ServicePointRequest(
      @NotBlank @Size(max = 8) String terminalCode,
      @NotBlank @Size(max = 100) String openingHours) {}

  /** A question and its answer. */
  public record FaqItem(
      @NotBlank @Size(max = 200) String question, @NotBlank @Size(max = 1000) String answer) {}

  public List<ServicePointRequest> servicePointsOrNone() {
    return servicePoints == null ? List.of() : servicePoints;
  }

  public List<FaqItem> faqOrNone() {
    return faq == null ? List.of() : faq;
  }
}
