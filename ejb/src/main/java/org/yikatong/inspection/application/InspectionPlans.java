package org.yikatong.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.yikatong.inspection.domain.ChecklistItem;
import org.yikatong.inspection.domain.InspectionSchedule;
import org.yikatong.inspection.domain.InspectionScheduleRepository;
import org.yikatong.inspection.domain.InspectionTemplate;
import org.yikatong.inspection.domain.InspectionTemplateRepository;
import org.yikatong.inspection.domain.Recurrence;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;

/**
 * Inspection templates and schedules: the helpdesk and administrators keep them, technicians and
 * auditors read them. Template names are unique.
 */
@Stateless
@RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.TECHNICIAN, Role.AUDITOR})
public class InspectionPlans {

  @Inject AppUserRepository users;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject InspectionTemplateRepository templates;
  @Inject InspectionScheduleRepository schedules;

  public List<InspectionTemplate> templates() {
    return templates.findAll();
  }

  public InspectionTemplate template(long id) {
    return templates
        .findById(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No inspection template " + id));
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public InspectionTemplate createTemplate(@NotNull @Valid NewTemplate request) {
    refuseDuplicateName(request.name(), null);
    InspectionTemplate template =
        domain(
            () ->
                new InspectionTemplate(
                    request.name(),
                    request.kind(),
                    request.targetType(),
                    request.targetArea(),
                    items(request),
                    clock.instant(),
                    caller.name()));
    templates.add(template);
    return template;
  }

  /** Replaces a template; rounds already planned keep the checklist they were planned with. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public InspectionTemplate changeTemplate(long id, @NotNull @Valid NewTemplate request) {
    InspectionTemplate template = template(id);
    refuseDuplicateName(request.name(), id);
    domain(
        () -> {
          template.change(
              request.name(),
              request.kind(),
              request.targetType(),
              request.targetArea(),
              items(request));
          return template;
        });
    return template;
  }

  public List<InspectionSchedule> schedules() {
    return schedules.findAll();
  }

  public InspectionSchedule schedule(long id) {
    return schedules
        .findById(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No inspection schedule " + id));
  }

  /** A new schedule; its rounds are planned from now on. The assignee must be a technician. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public InspectionSchedule createSchedule(@NotNull @Valid NewSchedule request) {
    InspectionTemplate template = template(request.templateId());
    boolean technician =
        users
            .findByUsername(request.assignee())
            .map(u -> u.getRoles().contains(Role.TECHNICIAN))
            .orElse(false);
    if (!technician) {
      throw RequestRefusedException.notFound("No technician " + request.assignee());
    }
    if ((request.everyHours() == null) == (request.weekday() == null && request.at() == null)) {
      throw RequestRefusedException.invalid(
          "A schedule repeats either every N hours (everyHours) or weekly (weekday and at)");
    }
    InspectionSchedule schedule =
        domain(
            () ->
                new InspectionSchedule(
                    template,
                    request.everyHours() != null
                        ? Recurrence.everyHours(request.everyHours())
                        : new Recurrence(
                            Recurrence.Kind.WEEKLY, null, request.weekday(), request.at()),
                    request.graceMinutes(),
                    request.assignee(),
                    clock.instant(),
                    caller.name()));
    schedules.add(schedule);
    return schedule;
  }

  /** Stops or restarts planning rounds; rounds already planned stay. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public InspectionSchedule setActive(long id, boolean active) {
    InspectionSchedule schedule = schedule(id);
    if (active) {
      schedule.resume(clock.instant());
    } else {
      schedule.suspend();
    }
    return schedule;
  }

  private void refuseDuplicateName(String name, Long except) {
    boolean taken =
        templates.findIdsByName(name.strip()).stream().anyMatch(id -> !id.equals(except));
    if (taken) {
      throw RequestRefusedException.conflict("An inspection template is named " + name);
    }
  }

  private static List<ChecklistItem> items(NewTemplate request) {
    return request.items().stream().map(i -> new ChecklistItem(i.text(), i.category())).toList();
  }

  private static <T> T domain(Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }
}
