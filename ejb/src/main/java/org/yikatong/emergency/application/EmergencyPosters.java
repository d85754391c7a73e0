package org.yikatong.emergency.application;

import java.time.Instant;
import java.util.List;
import org.yikatong.emergency.application.EmergencyViews.PointLine;

/** Prints the poster posted beside the kiosks while an emergency is active. */
public interface EmergencyPosters {

  /** What a poster shows. */
  record Poster(
      String title,
      String notice,
      boolean drill,
      Instant declaredAt,
      String hotline,
      String topUpUrl,
      byte[] qrPng,
      List<PointLine> servicePoints,
      String priorityNote) {}

  /** The poster as a PDF's bytes. */
  byte[] render(Poster poster);
}
