package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.AppUserRepository;
import org.yikatong.security.domain.Role;
import org.yikatong.security.domain.UserStatus;
import org.yikatong.servicedesk.domain.contract.SlaConfigChange;
import org.yikatong.servicedesk.domain.contract.SlaConfigChangeRepository;
import org.yikatong.servicedesk.domain.roster.DutyAbsence;
import org.yikatong.servicedesk.domain.roster.DutyAbsenceRepository;
import org.yikatong.servicedesk.domain.roster.DutyPost;
import org.yikatong.servicedesk.domain.roster.DutyPostRepository;
import org.yikatong.servicedesk.domain.roster.DutyRosterEntry;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * The duty posts, their A/B roster and technicians' absences — what {@link Dispatcher} assigns
 * tickets by. Only active technicians go on the roster; team leads and managers are active staff.
 * Every change is recorded in the SLA configuration change log.
 */
@Stateless
public class DutyRoster {

  @Inject Clock clock;
  @Inject Caller caller;
  @Inject AppUserRepository users;
  @Inject Dispatcher dispatcher;
  @Inject DutyPostRepository posts;
  @Inject DutyAbsenceRepository absences;
  @Inject SlaConfigChangeRepository changes;

  /** A technician on duty for a post on a day, with their load. */
  public record OnDuty(DutyPost post, LocalDate day, String primary, String backup) {}

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<DutyPost> posts() {
    return posts.findAll();
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public DutyPost post(@NotBlank String code) {
    return posts
        .findByCode(code)
        .orElseThrow(() -> RequestRefusedException.notFound("No duty post " + code));
  }

  /** Adds a post or changes an existing one (a new one staffed by the vendor's people). */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public DutyPost savePost(
      @NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,32}") String code,
      @NotBlank @Size(max = 100) String name,
      @Size(max = 100) String area,
      @NotNull Set<TicketCategory> skills,
      @NotBlank String teamLead,
      @NotBlank String manager,
      int maxLoad) {
    return savePost(code, name, area, skills, teamLead, manager, maxLoad, null);
  }

  /**
   * Adds a post or changes an existing one, staffed by a party's people (null: as it was; a new
   * post: the software developer's, the vendor's service desk). Tickets go to the posts of the
   * party answering for them (see {@link Dispatcher}).
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public DutyPost savePost(
      @NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,32}") String code,
      @NotBlank @Size(max = 100) String name,
      @Size(max = 100) String area,
      @NotNull Set<TicketCategory> skills,
      @NotBlank String teamLead,
      @NotBlank String manager,
      int maxLoad,
      ResponsibleParty party) {
    DutyPost saved = savePostOnly(code, name, area, skills, teamLead, manager, maxLoad);
    if (party != null && party != saved.getParty()) {
      record("post " + code, "staffed by " + saved.getParty() + " -> " + party);
      saved.staffedBy(party);
    }
    return saved;
  }

  private DutyPost savePostOnly(
      String code,
      String name,
      String area,
      Set<TicketCategory> skills,
      String teamLead,
      String manager,
      int maxLoad) {
    requireStaff(teamLead, "team lead");
    requireStaff(manager, "manager");
    DutyPost post = posts.lockByCode(code).orElse(null);
    try {
      if (post == null) {
        post = new DutyPost(code, name, area, skills, teamLead, manager, maxLoad);
        posts.add(post);
        record(
            "post " + code,
            "created: area "
                + area
                + ", skills "
                + skills
                + ", chain "
                + teamLead
                + " > "
                + manager
                + ", max "
                + maxLoad);
      } else {
        post.change(name, area, skills, teamLead, manager, maxLoad);
        record(
            "post " + code,
            "changed: area "
                + area
                + ", skills "
                + skills
                + ", chain "
                + teamLead
                + " > "
                + manager
                + ", max "
                + maxLoad);
      }
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    return post;
  }

  /**
   * Puts a primary (A) and a backup (B) on a post, for one day or — {@code day} null — standing.
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public DutyRosterEntry setRoster(
      @NotBlank String postCode, LocalDate day, @NotBlank String primary, @NotBlank String backup) {
    DutyPost post = post(postCode);
    posts.lock(post); // one standing entry per post, however raced
    requireTechnician(primary);
    requireTechnician(backup);
    DutyRosterEntry entry = posts.findEntry(post, day).orElse(null);
    String what = "roster " + postCode + " " + (day == null ? "standing" : day);
    try {
      if (entry == null) {
        entry = new DutyRosterEntry(post, day, primary, backup);
        posts.add(entry);
        record(what, "none -> A " + primary + ", B " + backup);
      } else {
        String before = "A " + entry.getPrimary() + ", B " + entry.getBackup();
        entry.change(primary, backup);
        record(what, before + " -> A " + primary + ", B " + backup);
      }
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    return entry;
  }

  /** Who is on duty for each post on a day. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<OnDuty> onDuty(@NotNull LocalDate day) {
    return posts().stream()
        .map(
            p ->
                dispatcher
                    .rosterOn(p, day)
                    .map(e -> new OnDuty(p, day, e.getPrimary(), e.getBackup()))
                    .orElse(new OnDuty(p, day, null, null)))
        .toList();
  }

  /** The open tickets a technician carries now. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public long load(@NotBlank String username) {
    return dispatcher.load(username);
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public DutyAbsence addAbsence(
      @NotBlank String username,
      @NotNull Instant from,
      @NotNull Instant to,
      @NotBlank @Size(max = 200) String reason) {
    requireTechnician(username);
    DutyAbsence absence;
    try {
      absence = new DutyAbsence(username, from, to, reason, caller.name(), clock.instant());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    absences.add(absence);
    record("absence " + username, from + " - " + to + ": " + reason);
    return absence;
  }

  /** Absences that have not ended yet. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<DutyAbsence> absences() {
    return absences.findEndingAfter(clock.instant());
  }

  private void requireTechnician(String username) {
    boolean ok =
        users
            .findByUsername(username)
            .filter(u -> u.getStatus() == UserStatus.ACTIVE)
            .map(u -> u.getRoles().contains(Role.TECHNICIAN))
            .orElse(false);
    if (!ok) {
      throw RequestRefusedException.notFound("No active technician " + username);
    }
  }

  private void requireStaff(String username, String what) {
    boolean ok =
        users
            .findByUsername(username)
            .filter(u -> u.getStatus() == UserStatus.ACTIVE)
            .map(u -> !u.getRoles().contains(Role.CARDHOLDER) || u.getRoles().size() > 1)
            .orElse(false);
    if (!ok) {
      throw RequestRefusedException.notFound("No active staff member " + username + " as " + what);
    }
  }

  private void record(String subject, String detail) {
    changes.add(new SlaConfigChange(clock.instant(), caller.name(), subject, detail));
  }
}
