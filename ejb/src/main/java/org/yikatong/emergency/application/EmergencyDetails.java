package org.yikatong.emergency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yikatong.emergency.application.EmergencyViews.Detail;
import org.yikatong.emergency.application.EmergencyViews.FaqLine;
import org.yikatong.emergency.application.EmergencyViews.PointLine;
import org.yikatong.emergency.application.EmergencyViews.Progress;
import org.yikatong.emergency.application.EmergencyViews.PublicNotice;
import org.yikatong.emergency.application.EmergencyViews.TerminalLine;
import org.yikatong.emergency.application.EmergencyViews.TimelineLine;
import org.yikatong.emergency.application.EmergencyViews.UpdateLine;
import org.yikatong.emergency.domain.Emergency;
import org.yikatong.emergency.domain.SwitchedTerminal;
import org.yikatong.emergency.domain.TimelineKind;
import org.yikatong.terminal.application.TerminalCommands;
import org.yikatong.terminal.domain.TerminalCommand;

/**
 * Reads an emergency whole into the records the services answer with, in the caller's transaction:
 * the status of every command queued for it, and the timeline with the terminals' answers.
 */
@ApplicationScoped
public class EmergencyDetails {

  @Inject TerminalCommands commands;

  /** The emergency whole, with the status of every command queued for it. */
  public Detail of(Emergency e) {
    List<Long> ids = new ArrayList<>();
    for (SwitchedTerminal t : e.getTerminals()) {
      ids.addAll(
          java.util.stream.Stream.of(
                  t.getNoticeCommandId(),
                  t.getModeCommandId(),
                  t.getClearCommandId(),
                  t.getNormalCommandId())
              .filter(Objects::nonNull)
              .toList());
    }
    Map<Long, TerminalCommand> byId = new HashMap<>();
    commands.byIds(ids).forEach(c -> byId.put(c.getId(), c));
    List<TerminalLine> lines =
        e.getTerminals().stream()
            .map(
                t ->
                    new TerminalLine(
                        t.getTerminalCode(),
                        t.getType(),
                        t.getLocation(),
                        t.getNoticeCommandId(),
                        status(byId, t.getNoticeCommandId()),
                        t.getModeCommandId(),
                        status(byId, t.getModeCommandId()),
                        t.getClearCommandId(),
                        status(byId, t.getClearCommandId()),
                        t.getNormalCommandId(),
                        status(byId, t.getNormalCommandId())))
            .toList();
    Progress switching =
        progress(
            byId,
            e.getTerminals().stream()
                .flatMap(
                    t -> java.util.stream.Stream.of(t.getNoticeCommandId(), t.getModeCommandId()))
                .toList());
    Progress restoring =
        progress(
            byId,
            e.getTerminals().stream()
                .flatMap(
                    t -> java.util.stream.Stream.of(t.getClearCommandId(), t.getNormalCommandId()))
                .toList());
    List<TimelineLine> timeline = new ArrayList<>();
    e.getTimeline()
        .forEach(
            ev ->
                timeline.add(
                    new TimelineLine(ev.getKind(), ev.getAt(), ev.getActor(), ev.getDetail())));
    // The terminals' answers are observed in the commands themselves: a round counts as
    // acknowledged at the last answer, once every command of it has one.
    if (switching.complete()) {
      timeline.add(
          new TimelineLine(
              TimelineKind.COMMANDS_ACKNOWLEDGED,
              switching.lastAnsweredAt(),
              "terminals",
              switching.acknowledged() + "/" + switching.queued()));
    }
    if (restoring.complete()) {
      timeline.add(
          new TimelineLine(
              TimelineKind.RESTORE_ACKNOWLEDGED,
              restoring.lastAnsweredAt(),
              "terminals",
              restoring.acknowledged() + "/" + restoring.queued()));
    }
    timeline.sort(Comparator.comparing(TimelineLine::at));
    return new Detail(
        e.getId(),
        e.getTitle(),
        e.getCause(),
        e.getFaultStartedAt(),
        e.getDeclaredAt(),
        e.getDeclaredBy(),
        e.getScope(),
        e.getLocation(),
        e.getChannel() == null ? null : e.getChannel().name(),
        e.isDrill(),
        e.getHotline(),
        e.getTopUpUrl(),
        e.getPriorityNote(),
        e.getNoticeText(),
        e.isOffline(),
        e.mode(),
        e.getSourceAlertId(),
        e.getStatus(),
        e.stage(),
        e.getEndedAt(),
        e.getEndedBy(),
        e.responseTime().toMinutes(),
        e.startedInTime(),
        lines,
        points(e),
        faq(e),
        updates(e),
        List.copyOf(timeline),
        switching,
        restoring);
  }

  static PublicNotice publicNotice(Emergency e) {
    return new PublicNotice(
        e.getId(),
        e.getTitle(),
        e.getNoticeText(),
        e.stage(),
        e.describeScope(),
        e.getHotline(),
        e.getTopUpUrl(),
        e.getTopUpUrl() != null,
        e.getPriorityNote(),
        points(e),
        faq(e),
        updates(e),
        e.getDeclaredAt(),
        e.isDrill());
  }

  static List<PointLine> points(Emergency e) {
    return e.getServicePoints().stream()
        .map(p -> new PointLine(p.getTerminalCode(), p.getLocation(), p.getOpeningHours()))
        .toList();
  }

  private static List<FaqLine> faq(Emergency e) {
    return e.getFaq().stream()
        .map(f -> new FaqLine(f.getQuestion(), f.getAnswer(), f.getArticleId()))
        .toList();
  }

  private static List<UpdateLine> updates(Emergency e) {
    return e.getUpdates().stream()
        .map(u -> new UpdateLine(u.getStage(), u.getText(), u.getPostedAt(), u.getPostedBy()))
        .toList();
  }

  private static String status(Map<Long, TerminalCommand> byId, Long id) {
    TerminalCommand c = id == null ? null : byId.get(id);
    return c == null ? null : c.getStatus().name();
  }

  private static Progress progress(Map<Long, TerminalCommand> byId, List<Long> ids) {
    int queued = 0;
    int acked = 0;
    int refused = 0;
    Instant last = null;
    Set<Long> seen = new HashSet<>();
    for (Long id : ids) {
      if (id == null || !seen.add(id)) {
        continue;
      }
      queued++;
      TerminalCommand c = byId.get(id);
      if (c == null) {
        continue;
      }
      switch (c.getStatus()) {
        case ACKNOWLEDGED -> acked++;
        case REFUSED -> refused++;
        case PENDING -> {}
      }
      if (c.getAckedAt() != null && (last == null || c.getAckedAt().isAfter(last))) {
        last = c.getAckedAt();
      }
    }
    return new Progress(queued, acked, refused, last);
  }
}
