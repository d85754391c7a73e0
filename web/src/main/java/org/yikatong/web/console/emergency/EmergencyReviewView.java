package org.yikatong.web.console.emergency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.yikatong.emergency.application.EmergencyReviews;
import org.yikatong.emergency.application.EmergencyViews.Review;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;

/**
 * One review record: the emergency's timeline, the devices it switched and the card holders it
 * reached, the cause (edited here) and the follow-up actions (added and completed here).
 */
@Named
@ViewScoped
public class EmergencyReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EmergencyReviews reviews;

  private Long id;
  private Review review;
  private String cause;
  private String action;
  private String owner;
  private LocalDate dueOn;

  /** Loads the review named by the page's parameter ({@code f:viewAction}). */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      review = reviews.of(id);
      cause = review.cause();
    } catch (RequestRefusedException e) {
      ConsolePage.refused(e);
    }
  }

  public void saveCause() {
    Review r = ConsoleSteps.ask("emergency", () -> reviews.editCause(id, cause), "emergency.saved");
    if (r != null) {
      review = r;
    }
  }

  public void addAction() {
    Review r =
        ConsoleSteps.ask(
            "emergency",
            () ->
                reviews.addAction(
                    id, ConsoleSteps.blankToNull(action), ConsoleSteps.blankToNull(owner), dueOn),
            "emergency.actionAdded");
    if (r != null) {
      review = r;
      action = null;
      owner = null;
      dueOn = null;
    }
  }

  public void complete(int no) {
    Review r =
        ConsoleSteps.ask("emergency", () -> reviews.completeAction(id, no), "emergency.actionDone");
    if (r != null) {
      review = r;
    }
  }

  public String time(Instant at) {
    return ConsolePage.time(at);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Review getReview() {
    return review;
  }

  public String getCause() {
    return cause;
  }

  public void setCause(String cause) {
    this.cause = cause;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
