package org.yikatong.emergency.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.emergency.domain.EmergencyScope;
import org.yikatong.emergency.domain.EmergencyStatus;
import org.yikatong.emergency.domain.Stage;
import org.yikatong.emergency.domain.TimelineKind;

/** What the emergency services answer: plain records, read whole inside their transaction. */
public final class EmergencyViews {

  private EmergencyViews() {}

  /** An emergency as the helpdesk sees it on its panel and over the API. */
  public record Detail(
      long id,
      String title,
      String cause,
      Instant faultStartedAt,
      Instant declaredAt,
      String declaredBy,
      EmergencyScope scope,
      String location,
      String channel,
      boolean drill,
      String hotline,
      String topUpUrl,
      String priorityNote,
      String noticeText,
      boolean offline,
      String mode,
      Long sourceAlertId,
      EmergencyStatus status,
      Stage stage,
      Instant endedAt,
      String endedBy,
      long responseMinutes,
      boolean startedInTime,
      List<TerminalLine> terminals,
      List<PointLine> servicePoints,
      List<FaqLine> faq,
      List<UpdateLine> updates,
      List<TimelineLine> timeline,
      Progress switching,
      Progress restoring)
      implements Serializable {}

  /** A terminal in scope and the status of each command queued for it (null: none queued). */
  public record TerminalLine(
      String terminalCode,
      String type,
      String location,
      Long noticeCommandId,
      String noticeStatus,
      Long modeCommandId,
      String modeStatus,
      Long clearCommandId,
      String clearStatus,
      Long normalCommandId,
      String normalStatus)
      implements Serializable {}

  /** How far a round of commands has come: queued, acknowledged (00), refused, the last answer. */
  public record Progress(int queued, int acknowledged, int refused, Instant lastAnsweredAt)
      implements Serializable {

    public boolean complete() {
      return queued > 0 && acknowledged + refused == queued;
    }
  }

  public record PointLine(String terminalCode, String location, String openingHours)
      implements Serializable {}

  public record FaqLine(String question, String answer, Long articleId) implements Serializable {}

  public record UpdateLine(Stage stage, String text, Instant postedAt, String postedBy)
      implements Serializable {}

  public record TimelineLine(TimelineKind kind, Instant at, String actor, String detail)
      implements Serializable {}

  /** An active emergency for the console banner: its latest update, if any. */
  public record Banner(
      long id,
      String title,
      boolean drill,
      Stage stage,
      Instant declaredAt,
      String latestText,
      Instant latestAt,
      String latestBy)
      implements Serializable {}

  /** What the WeChat and app front ends show card holders, without login. */
  public record PublicNotice(
      long id,
      String title,
      String text,
      Stage stage,
      String scope,
      String hotline,
      String topUpUrl,
      boolean qrCode,
      String priorityNote,
      List<PointLine> servicePoints,
      List<FaqLine> faq,
      List<UpdateLine> updates,
      Instant declaredAt,
      boolean drill)
      implements Serializable {}

  /** The terminals a scope matches now, before declaring. */
  public record ScopePreview(int count, List<TerminalRef> terminals) implements Serializable {}

  public record TerminalRef(String terminalCode, String type, String location)
      implements Serializable {}

  /** A review record in the list. */
  public record ReviewLine(
      long emergencyId,
      String title,
      boolean drill,
      String scope,
      Instant declaredAt,
      Instant endedAt,
      int deviceCount,
      long cardEstimate,
      int actions,
      long openActions)
      implements Serializable {}

  /** A review record whole: the emergency with its timeline, the estimate, cause and actions. */
  public record Review(
      long id,
      Detail emergency,
      Instant openedAt,
      String openedBy,
      String cause,
      int deviceCount,
      long cardEstimate,
      Instant updatedAt,
      String updatedBy,
      List<ActionLine> actions)
      implements Serializable {}

  /** A follow-up action; {@code no} counts from 1 in the order they were added. */
  public record ActionLine(
      int no,
      String description,
      String owner,
      LocalDate dueOn,
      Instant createdAt,
      String createdBy,
      Instant doneAt,
      String doneBy)
      implements Serializable {}
}
