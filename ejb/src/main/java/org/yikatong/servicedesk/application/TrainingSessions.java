package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.training.TrainingAttendee;
import org.yikatong.servicedesk.domain.training.TrainingMaterial;
import org.yikatong.servicedesk.domain.training.TrainingSession;
import org.yikatong.servicedesk.domain.training.TrainingSessionRepository;

/**
 * Training sessions (定期举办用户培训 (O&M plan)): the helpdesk and administrators schedule them, register
 * attendees and mark who came, attach materials and record the cost; staff and auditors read. For
 * the statistics: {@link #costFen} (the training share of the yearly maintenance cost, budgeted at
 * 4 × 2,000 CNY (O&M plan)).
 */
@Stateless
public class TrainingSessions {

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject TrainingSessionRepository sessions;

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public TrainingSession schedule(@NotNull @Valid NewTrainingSession r) {
    TrainingSession session =
        refusing(
            () ->
                new TrainingSession(
                    r.topic(),
                    r.audience(),
                    r.trainer(),
                    r.startsAt(),
                    r.durationMinutes(),
                    r.location(),
                    Money.ofFen(r.costFen()),
                    clock.instant(),
                    caller.name()));
    sessions.add(session);
    return session;
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public TrainingSession find(long id) {
    return load(id, false);
  }

  /** Sessions starting in [from, to) (either end open when null), in time order. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
  public List<TrainingSession> list(Instant from, Instant to) {
    return sessions.startingBetween(from, to, 1000);
  }

  /** What the sessions starting in [from, to) cost together, in fen. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public long costFen(@NotNull Instant from, @NotNull Instant to) {
    Long sum = sessions.sumCostFen(from, to);
    return sum == null ? 0 : sum;
  }

  /** Registers an attendee; the same name and department twice is refused (409). */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public TrainingAttendee register(
      long sessionId,
      @NotBlank @Size(max = 100) String name,
      @Size(max = 100) String department,
      boolean attended) {
    return change(sessionId, s -> s.register(name, department, attended));
  }

  /** Marks an attendee present or absent. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public TrainingAttendee markAttended(long sessionId, long attendeeId, boolean attended) {
    return change(
        sessionId,
        s -> {
          TrainingAttendee attendee =
              s.getAttendees().stream()
                  .filter(a -> a.getId() == attendeeId)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          RequestRefusedException.notFound(
                              "No attendee " + attendeeId + " in session " + sessionId));
          attendee.markAttended(attended);
          return attendee;
        });
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public TrainingMaterial addMaterial(
      long sessionId,
      @NotBlank @Size(max = 200) String title,
      @Size(max = 500) String url,
      @Size(max = 4000) String content) {
    return change(sessionId, s -> s.addMaterial(title, url, content));
  }

  /** Records the session's final cost. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public TrainingSession setCost(long sessionId, @PositiveOrZero long costFen) {
    return change(
        sessionId,
        s -> {
          s.setCost(Money.ofFen(costFen));
          return s;
        });
  }

  private <T> T change(long sessionId, Function<TrainingSession, T> step) {
    TrainingSession session = load(sessionId, true);
    T result = refusing(() -> step.apply(session));
    sessions.flush(); // new attendees and materials get their ids for the answer
    return result;
  }

  private TrainingSession load(long id, boolean lock) {
    return (lock ? sessions.lockById(id) : sessions.findById(id))
        .orElseThrow(() -> RequestRefusedException.notFound("No training session " + id));
  }

  private static <T> T refusing(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }
}
