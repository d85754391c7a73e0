package org.yikatong.emergency.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yikatong.emergency.application.EmergencyViews.Banner;
import org.yikatong.emergency.application.EmergencyViews.Detail;
import org.yikatong.emergency.application.EmergencyViews.PublicNotice;
import org.yikatong.emergency.application.EmergencyViews.ScopePreview;
import org.yikatong.emergency.application.EmergencyViews.TerminalRef;
import org.yikatong.emergency.domain.Emergency;
import org.yikatong.emergency.domain.EmergencyRepository;
import org.yikatong.emergency.domain.EmergencyReview;
import org.yikatong.emergency.domain.EmergencyReviewRepository;
import org.yikatong.emergency.domain.EmergencyScope;
import org.yikatong.emergency.domain.FaqEntry;
import org.yikatong.emergency.domain.ServicePoint;
import org.yikatong.emergency.domain.Stage;
import org.yikatong.emergency.domain.StatusUpdate;
import org.yikatong.emergency.domain.SwitchedTerminal;
import org.yikatong.emergency.domain.TimelineKind;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.UsageCounts;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.application.ArticleText;
import org.yikatong.servicedesk.application.KnowledgeBase;
import org.yikatong.servicedesk.domain.knowledge.ArticleAudience;
import org.yikatong.terminal.application.ServicePoints;
import org.yikatong.terminal.application.TerminalCommands;
import org.yikatong.terminal.application.TerminalDirectory;
import org.yikatong.terminal.application.TerminalSummary;
import org.yikatong.terminal.domain.TerminalCommand;

/**
 * The emergency mode of self-service payment, after the emergency plan. Each call is one JTA
 * transaction: a declaration or an end that is refused leaves nothing behind (no command, no
 * service point, no FAQ entry).
 *
 * <p>Declaring: the scope's terminals are matched now ({@link EmergencyScope}); the declaration is
 * refused when no terminal matches (except a channel scope), when it overlaps an active emergency
 * (a terminal in common, or the same channel), or when a service point is not an enabled desk POS
 * outside every scope. Then the service points open, every terminal in scope gets the notice
 * (NOTICE) and its mode (MODE EMERGENCY, or OFFLINE), the FAQ entries are published in the
 * knowledge base, and the notice is public.
 *
 * <p>Ending: every terminal switched gets an empty NOTICE (the screen is cleared) and MODE NORMAL,
 * the service points close, the FAQ entries are retired, the public notice is withdrawn, and a
 * review record opens with the devices switched and an estimate of the card holders reached.
 */
@Stateless
public class EmergencyMode {

  /** How far back the journal is read for the card holders an emergency reached. */
  public static final Duration REACH_WINDOW = Duration.ofDays(7);

  /** The tag of the knowledge base articles an emergency publishes. */
  public static final String FAQ_TAG = "应急";

  private static final String ENABLED = "ENABLED";

  @Inject EmergencyRepository emergencies;
  @Inject EmergencyReviewRepository reviews;
  @Inject TerminalDirectory directory;
  @Inject TerminalCommands commands;
  @Inject ServicePoints servicePoints;
  @Inject KnowledgeBase knowledgeBase;
  @Inject UsageCounts usage;
  @Inject QrCodes qrCodes;
  @Inject EmergencyPosters posters;
  @Inject EmergencyDetails details;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * Declares an emergency (or a drill) and switches its scope.
   *
   * @throws RequestRefusedException a rule of the declaration is broken (400), something named is
   *     unknown (404), or it overlaps an active emergency (409)
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Detail declare(@NotNull @Valid Declaration d) {
    emergencies.lockDeclarations(); // one declaration at a time: overlaps are always seen
    Instant now = clock.instant();
    String by = caller.name();
    if (d.faultStartedAt() != null && d.faultStartedAt().isAfter(now)) {
      throw RequestRefusedException.invalid("The fault cannot start in the future");
    }
    Emergency emergency =
        refusing(
            () -> {
              Emergency e =
                  new Emergency(
                      d.title(),
                      d.cause(),
                      d.faultStartedAt(),
                      now,
                      by,
                      d.scope(),
                      blankToNull(d.location()),
                      d.channel(),
                      d.drill(),
                      d.noticeText(),
                      d.offline(),
                      d.sourceAlertId());
              e.contacts(d.hotline(), d.topUpUrl(), d.priorityNote());
              d.faqOrNone().forEach(f -> e.publishFaq(new FaqEntry(f.question(), f.answer())));
              return e;
            });

    Map<String, TerminalSummary> all =
        directory.all().stream()
            .collect(Collectors.toMap(TerminalSummary::terminalId, Function.identity()));
    Set<String> pointCodes = new LinkedHashSet<>();
    for (Declaration.ServicePointRequest p : d.servicePointsOrNone()) {
      String code = p.terminalCode().strip();
      TerminalSummary t = all.get(code);
      if (t == null) {
        throw RequestRefusedException.invalid(
            "No terminal " + code + " to open as a service point");
      }
      if (!"POS".equals(t.type())) {
        throw RequestRefusedException.invalid(
            "A service point is a desk POS; " + code + " is a " + t.type());
      }
      if (!ENABLED.equals(t.status())) {
        throw RequestRefusedException.invalid("Service point " + code + " is disabled");
      }
      if (!pointCodes.add(code)) {
        throw RequestRefusedException.invalid("Service point " + code + " is named twice");
      }
    }
    List<TerminalSummary> inScope =
        matching(all.values(), emergency.getScope(), emergency.getLocation(), pointCodes);
    if (inScope.isEmpty() && emergency.getScope() != EmergencyScope.CHANNEL) {
      throw RequestRefusedException.invalid(
          "No enabled terminal matches the scope " + emergency.describeScope());
    }
    Set<String> scopeCodes =
        inScope.stream().map(TerminalSummary::terminalId).collect(Collectors.toSet());
    for (Emergency active : emergencies.lockActive()) {
      Set<String> theirs =
          active.getTerminals().stream()
              .map(SwitchedTerminal::getTerminalCode)
              .collect(Collectors.toSet());
      boolean sameChannel =
          emergency.getChannel() != null && emergency.getChannel() == active.getChannel();
      if (sameChannel || theirs.stream().anyMatch(scopeCodes::contains)) {
        throw RequestRefusedException.conflict(
            "It overlaps active emergency "
                + active.getId()
                + " ("
                + active.getTitle()
                + ", "
                + active.describeScope()
                + ")");
      }
      for (String code : pointCodes) {
        if (theirs.contains(code)
            || active.getServicePoints().stream().anyMatch(p -> p.getTerminalCode().equals(code))) {
          throw RequestRefusedException.conflict(
              "Terminal " + code + " belongs to active emergency " + active.getId());
        }
      }
    }
    emergencies.add(emergency);

    for (Declaration.ServicePointRequest p : d.servicePointsOrNone()) {
      TerminalSummary opened = servicePoints.switchOn(p.terminalCode().strip(), p.openingHours());
      emergency.openServicePoint(
          new ServicePoint(opened.terminalId(), opened.location(), opened.serviceHours()));
    }
    if (!pointCodes.isEmpty()) {
      emergency.record(TimelineKind.SERVICE_POINTS_ON, now, by, String.join(" ", pointCodes));
    }
    for (TerminalSummary t : inScope) {
      SwitchedTerminal switched = emergency.switchTerminal(t.terminalId(), t.type(), t.location());
      TerminalCommand notice = commands.send(t.terminalId(), "NOTICE", emergency.getNoticeText());
      TerminalCommand mode = commands.send(t.terminalId(), "MODE", emergency.mode());
      switched.switched(notice.getId(), mode.getId());
    }
    if (!inScope.isEmpty()) {
      emergency.record(
          TimelineKind.COMMANDS_QUEUED,
          now,
          by,
          inScope.size() + " × NOTICE + MODE " + emergency.mode());
    }
    for (FaqEntry entry : emergency.getFaq()) {
      entry.published(
          knowledgeBase.publishFaqEntry(
              new ArticleText(
                  entry.getQuestion(),
                  entry.getAnswer(),
                  null,
                  List.of(FAQ_TAG),
                  List.of(),
                  ArticleAudience.PUBLIC)));
    }
    if (!emergency.getFaq().isEmpty()) {
      emergency.record(TimelineKind.FAQ_PUBLISHED, now, by, emergency.getFaq().size() + " FAQ");
    }
    emergency.record(TimelineKind.NOTICE_PUBLISHED, now, by, emergency.getNoticeText());
    return details.of(emergency);
  }

  /** The terminals a scope matches now: what a declaration would switch. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  public ScopePreview preview(@NotNull EmergencyScope scope, String location) {
    if (scope == EmergencyScope.LOCATION && blankToNull(location) == null) {
      return new ScopePreview(0, List.of());
    }
    List<TerminalRef> refs =
        matching(directory.all(), scope, blankToNull(location), Set.of()).stream()
            .map(t -> new TerminalRef(t.terminalId(), t.type(), t.location()))
            .toList();
    return new ScopePreview(refs.size(), refs);
  }

  /** Posts a status update for card holders. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Detail post(long id, @NotNull Stage stage, @NotBlank @Size(max = 1000) String text) {
    Emergency emergency = locked(id);
    if (!emergency.isActive()) {
      throw RequestRefusedException.conflict("Emergency " + id + " has ended");
    }
    refusing(() -> emergency.post(stage, text, clock.instant(), caller.name()));
    return details.of(emergency);
  }

  /**
   * Ends an emergency: the terminals back to normal, service points closed, FAQ retired, notice
   * withdrawn, review opened.
   *
   * @param closingText an update posted as RESOLVED first, unless blank
   * @throws RequestRefusedException unknown (404), ended already (409)
   */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR})
  @Audited
  public Detail end(long id, @Size(max = 1000) String closingText) {
    Emergency emergency = locked(id);
    if (!emergency.isActive()) {
      throw RequestRefusedException.conflict("Emergency " + id + " has ended already");
    }
    Instant now = clock.instant();
    String by = caller.name();
    if (blankToNull(closingText) != null) {
      refusing(() -> emergency.post(Stage.RESOLVED, closingText, now, by));
    }
    for (SwitchedTerminal t : emergency.getTerminals()) {
      TerminalCommand clear = commands.send(t.getTerminalCode(), "NOTICE", "");
      TerminalCommand normal = commands.send(t.getTerminalCode(), "MODE", "NORMAL");
      t.restored(clear.getId(), normal.getId());
    }
    if (!emergency.getTerminals().isEmpty()) {
      emergency.record(
          TimelineKind.RESTORE_QUEUED,
          now,
          by,
          emergency.getTerminals().size() + " × NOTICE (empty) + MODE NORMAL");
    }
    for (ServicePoint p : emergency.getServicePoints()) {
      servicePoints.switchOff(p.getTerminalCode());
    }
    if (!emergency.getServicePoints().isEmpty()) {
      emergency.record(
          TimelineKind.SERVICE_POINTS_OFF,
          now,
          by,
          emergency.getServicePoints().stream()
              .map(ServicePoint::getTerminalCode)
              .collect(Collectors.joining(" ")));
    }
    for (FaqEntry f : emergency.getFaq()) {
      if (f.getArticleId() != null) {
        knowledgeBase.retireFaqEntry(f.getArticleId());
      }
    }
    if (!emergency.getFaq().isEmpty()) {
      emergency.record(TimelineKind.FAQ_RETIRED, now, by, emergency.getFaq().size() + " FAQ");
    }
    emergency.end(now, by);
    emergency.record(TimelineKind.NOTICE_WITHDRAWN, now, by, null);
    Instant since = now.minus(REACH_WINDOW);
    long cards =
        emergency.getScope() == EmergencyScope.CHANNEL
            ? usage.cardsToppedUpThrough(emergency.getChannel(), since)
            : usage.cardsUsedAt(
                emergency.getTerminals().stream().map(SwitchedTerminal::getTerminalCode).toList(),
                since);
    reviews.add(new EmergencyReview(emergency, cards, now, by));
    emergency.record(
        TimelineKind.REVIEW_OPENED,
        now,
        by,
        emergency.getTerminals().size() + " devices, about " + cards + " cards");
    return details.of(emergency);
  }

  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public Detail find(long id) {
    return details.of(
        emergencies
            .findById(id)
            .orElseThrow(() -> RequestRefusedException.notFound("No emergency " + id)));
  }

  /** Emergencies, newest first; only the active ones when asked. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public List<Detail> list(boolean activeOnly, int max) {
    return emergencies.latest(activeOnly, max).stream().map(details::of).toList();
  }

  /** The active emergencies for the banner every console user sees. */
  @RolesAllowed({
    Role.HELPDESK,
    Role.ADMINISTRATOR,
    Role.AUDITOR,
    Role.TECHNICIAN,
    Role.FINANCE,
    Role.FINANCE_APPROVER
  })
  public List<Banner> banner() {
    return emergencies.active().stream()
        .map(
            e -> {
              StatusUpdate last =
                  e.getUpdates().isEmpty() ? null : e.getUpdates().get(e.getUpdates().size() - 1);
              return new Banner(
                  e.getId(),
                  e.getTitle(),
                  e.isDrill(),
                  e.stage(),
                  e.getDeclaredAt(),
                  last == null ? e.getNoticeText() : last.getText(),
                  last == null ? e.getDeclaredAt() : last.getPostedAt(),
                  last == null ? e.getDeclaredBy() : last.getPostedBy());
            })
        .toList();
  }

  /** The notices of the active emergencies, for the WeChat and app front ends; no login. */
  @PermitAll
  public List<PublicNotice> publicNotices() {
    return emergencies.active().stream().map(EmergencyDetails::publicNotice).toList();
  }

  /** The QR code of an active emergency's online top-up link, as PNG; no login. */
  @PermitAll
  public byte[] qrCode(long id) {
    Emergency e =
        emergencies
            .findById(id)
            .filter(Emergency::isActive)
            .filter(x -> x.getTopUpUrl() != null)
            .orElseThrow(
                () -> RequestRefusedException.notFound("No active notice " + id + " with a link"));
    return qrCodes.png(e.getTopUpUrl(), 300);
  }

  /** The poster for beside the kiosks, as PDF. */
  @RolesAllowed({Role.HELPDESK, Role.ADMINISTRATOR, Role.AUDITOR})
  public byte[] poster(long id) {
    Emergency e =
        emergencies
            .findById(id)
            .orElseThrow(() -> RequestRefusedException.notFound("No emergency " + id));
    return posters.render(
        new EmergencyPosters.Poster(
            e.getTitle(),
            e.getNoticeText(),
            e.isDrill(),
            e.getDeclaredAt(),
            e.getHotline(),
            e.getTopUpUrl(),
            e.getTopUpUrl() == null ? null : qrCodes.png(e.getTopUpUrl(), 600),
            EmergencyDetails.points(e),
            e.getPriorityNote()));
  }

  private Emergency locked(long id) {
    return emergencies
        .lockById(id)
        .orElseThrow(() -> RequestRefusedException.notFound("No emergency " + id));
  }

  /**
   * The enabled terminals a scope covers: every kiosk; or the kiosks and POS whose location starts
   * with the text, the service points left out; or none for a channel.
   */
  static List<TerminalSummary> matching(
      java.util.Collection<TerminalSummary> terminals,
      EmergencyScope scope,
      String location,
      Set<String> servicePoints) {
    return terminals.stream()
        .filter(t -> ENABLED.equals(t.status()))
        .filter(
            t ->
                switch (scope) {
                  case ALL_KIOSKS -> "KIOSK".equals(t.type());
                  case LOCATION ->
                      ("KIOSK".equals(t.type()) || "POS".equals(t.type()))
                          && location != null
                          && t.location().startsWith(location)
                          && !servicePoints.contains(t.terminalId());
                  case CHANNEL -> false;
                })
        .sorted(Comparator.comparing(TerminalSummary::terminalId))
        .toList();
  }

  private static <T> T refusing(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
