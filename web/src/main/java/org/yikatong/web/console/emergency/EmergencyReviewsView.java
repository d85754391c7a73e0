package org.yikatong.web.console.emergency;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.yikatong.emergency.application.EmergencyReviews;
import org.yikatong.emergency.application.EmergencyViews.ReviewLine;
import org.yikatong.web.console.ConsolePage;

/** The review records of ended emergencies and drills, newest first. */
@Named
@ViewScoped
public class EmergencyReviewsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EmergencyReviews reviews;

  private List<ReviewLine> rows = List.of();

  @PostConstruct
  void load() {
    rows = reviews.list(200);
  }

  public List<ReviewLine> getRows() {
    return rows;
  }

  public String time(Instant at) {
    return ConsolePage.time(at);
  }
}
