package org.yikatong.emergency.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.emergency.application.EmergencyViews.ActionLine;
import org.yikatong.emergency.application.EmergencyViews.Review;
import org.yikatong.emergency.application.EmergencyViews.ReviewLine;
import org.yikatong.emergency.domain.EmergencyReview;
import org.yikatong.emergency.domain.EmergencyReviewRepository;
import org.yikatong.emergency.domain.FollowUpAction;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * The review records of ended emergencies (and drills): listed, read whole with the emergency's
 * timeline, the cause edited, follow-up actions added and completed.
 */
@Stateless
public class EmergencyReviews {

  @Inject EmergencyReviewRepository reviews;
  @Inject EmergencyDetails details;
  @Inject Caller caller;
  @Inject Clock clock;

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public List<ReviewLine> list(int max) {
    return reviews.latest(max).stream()
        .map(
            r ->
                new ReviewLine(
                    r.getEmergency().getId(),
                    r.getEmergency().getTitle(),
                    r.getEmergency().isDrill(),
                    r.getEmergency().describeScope(),
                    r.getEmergency().getDeclaredAt(),
                    r.getEmergency().getEndedAt(),
                    r.getDeviceCount(),
                    r.getCardEstimate(),
                    r.getActions().size(),
                    r.openActions()))
        .toList();
  }

  /** The review of an emergency; 404 while it is active. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public Review of(long emergencyId) {
    return view(reviews.findByEmergency(emergencyId).orElseThrow(() -> notFound(emergencyId)));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Review editCause(long emergencyId, @Size(max = 1000) String cause) {
    EmergencyReview r = locked(emergencyId);
    refusing(() -> r.editCause(cause, clock.instant(), caller.name()));
    return view(r);
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Review addAction(
      long emergencyId,
      @NotBlank @Size(max = 500) String description,
      @NotBlank @Size(max = 64) String owner,
      @NotNull LocalDate dueOn) {
    EmergencyReview r = locked(emergencyId);
    refusing(() -> r.addAction(description, owner, dueOn, clock.instant(), caller.name()));
    return view(r);
  }

  /** Completes action {@code no} (from 1); 400 when there is none, 409 when it is done already. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Review completeAction(long emergencyId, int no) {
    EmergencyReview r = locked(emergencyId);
    refusing(() -> r.completeAction(no, clock.instant(), caller.name()));
    return view(r);
  }

  private EmergencyReview locked(long emergencyId) {
    return reviews.lockByEmergency(emergencyId).orElseThrow(() -> notFound(emergencyId));
  }

  private static RequestRefusedException notFound(long emergencyId) {
    return RequestRefusedException.notFound(
        "Emergency " + emergencyId + " has no review (unknown, or still active)");
  }

  private Review view(EmergencyReview r) {
    List<ActionLine> actions = new ArrayList<>();
    int no = 1;
    for (FollowUpAction a : r.getActions()) {
      actions.add(
          new ActionLine(
              no++,
              a.getDescription(),
              a.getOwner(),
              a.getDueOn(),
              a.getCreatedAt(),
              a.getCreatedBy(),
              a.getDoneAt(),
              a.getDoneBy()));
    }
    return new Review(
        r.getId(),
        details.of(r.getEmergency()),
        r.getOpenedAt(),
        r.getOpenedBy(),
        r.getCause(),
        r.getDeviceCount(),
        r.getCardEstimate(),
        r.getUpdatedAt(),
        r.getUpdatedBy(),
        List.copyOf(actions));
  }

  private static void refusing(Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
  }
}
