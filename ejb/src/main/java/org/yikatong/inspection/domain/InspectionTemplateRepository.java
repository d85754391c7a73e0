package org.yikatong.inspection.domain;

import java.util.List;
import java.util.Optional;

/** Inspection templates. */
public interface InspectionTemplateRepository {

  void add(InspectionTemplate template);

  Optional<InspectionTemplate> findById(long id);

  /** Every template, by id. */
  List<InspectionTemplate> findAll();

  /** The ids of the templates with this name (names are unique: at most one). */
  List<Long> findIdsByName(String name);
}
