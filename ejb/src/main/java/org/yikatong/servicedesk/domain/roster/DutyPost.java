package org.yikatong.servicedesk.domain.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * A duty post: the area it covers (matched against where the fault is; none means the whole
 * campus), the ticket categories its technicians are skilled in, the escalation chain above them
 * (team lead, then manager), and how many open tickets a technician carries before the post's
 * backup takes new ones.
 */
@Entity
@Table(name = "duty_post")
public class DutyPost {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_post_seq")
  @SequenceGenerator(name = "duty_post_seq", sequenceName = "duty_post_seq", allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, updatable = false, length = 32)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "area", length = 100)
  private String area;

  @Column(name = "skills", nullable = false, length = 200)
  private String skills;

  @Column(name = "team_lead", nullable = false, length = 64)
  private String teamLead;

  @Column(name = "manager", nullable = false, length = 64)
  private String manager;

  @Column(name = "max_load", nullable = false)
  private int maxLoad;

  /** Whose people staff the post: tickets that party answers for are dispatched to it. */
  @Enumerated(EnumType.STRING)
  @Column(name = "party", nullable = false, length = 24)
  private ResponsibleParty party = ResponsibleParty.SOFTWARE_DEVELOPER;

  @Version private long version;

  protected DutyPost() {}

  public DutyPost(
      String code,
      String name,
      String area,
      Set<TicketCategory> skills,
      String teamLead,
      String manager,
      int maxLoad) {
    this.code = Objects.requireNonNull(code, "code");
    change(name, area, skills, teamLead, manager, maxLoad);
  }

  public void change(
      String name,
      String area,
      Set<TicketCategory> skills,
      String teamLead,
      String manager,
      int maxLoad) {
    if (skills == null || skills.isEmpty()) {
      throw new IllegalArgumentException("A duty post covers at least one ticket category");
    }
    if (maxLoad < 1) {
      throw new IllegalArgumentException("A technician carries at least one ticket: " + maxLoad);
    }
    this.name = Objects.requireNonNull(name, "name");
    this.area = area == null || area.isBlank() ? null : area.strip();
    this.skills = skills.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.teamLead = Objects.requireNonNull(teamLead, "teamLead");
    this.manager = Objects.requireNonNull(manager, "manager");
    this.maxLoad = maxLoad;
  }

  /** Whether the post covers a fault of this category at this place. */
  public boolean covers(TicketCategory category, String where) {
    return getSkills().contains(category) && (area == null || matchesArea(where));
  }

  /** Whether the place lies in the post's own area (not merely the whole campus). */
  public boolean matchesArea(String where) {
    return area != null
        && where != null
        && where.toLowerCase(Locale.ROOT).contains(area.toLowerCase(Locale.ROOT));
  }

  /** Who a ticket escalates to at a step: 1 the team lead, 2 the manager. */
  public String escalationTarget(int step) {
    return switch (step) {
      case 1 -> teamLead;
      case 2 -> manager;
      default -> throw new IllegalArgumentException("Escalation steps are 1 and 2: " + step);
    };
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getArea() {
    return area;
  }

  public Set<TicketCategory> getSkills() {
    Set<TicketCategory> set = EnumSet.noneOf(TicketCategory.class);
    Arrays.stream(skills.split(","))
        .filter(s -> !s.isBlank())
        .map(TicketCategory::valueOf)
        .forEach(set::add);
    return set;
  }

  public String getTeamLead() {
    return teamLead;
  }

  public String getManager() {
    return manager;
  }

  public int getMaxLoad() {
    return maxLoad;
  }

  /** Whose people staff the post. */
  public ResponsibleParty getParty() {
    return party;
  }

  /** Says whose people staff the post. */
  public void staffedBy(ResponsibleParty party) {
    this.party = Objects.requireNonNull(party, "party");
  }
}
