package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetFaults;
import org.yikatong.servicedesk.domain.asset.AssetGrouping;
import org.yikatong.servicedesk.domain.asset.AssetRepository;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.asset.WarrantyStatus;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.contract.ServiceContractRepository;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * The asset register of the service desk: every terminal, reader, kiosk, gateway and server, its
 * supplier, model and location, when it was accepted and until when its free warranty runs (its own
 * end, else its contract's warranty months from acceptance, less a day; the default contract's when
 * it names none). Assets are registered one by one or from a CSV file ({@link AssetCsvFile}), all
 * or nothing: a file with any bad line is refused with every problem by line number and registers
 * nothing. The statistics count the tickets naming an asset, and their repair cost, per supplier,
 * model and location; they list the assets whose warranty ends soon and those with repeated faults.
 *
 * <p>Everyone of the service desk, finance and auditors read; the helpdesk and administrators
 * register and change.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR, Role.FINANCE})
public class AssetRegister {

  /** How many days ahead a warranty counts as ending soon, unless asked otherwise. */
  public static final int SOON_DAYS = 60;

  /** The faults within {@link #REPEATED_DAYS} that make an asset's faults repeated. */
  public static final int REPEATED_FAULTS = 3;

  public static final int REPEATED_DAYS = 90;

  @Inject AssetRepository assets;
  @Inject ServiceContractRepository contracts;
  @Inject TerminalRepository terminals;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * An asset and its warranty as of today.
   *
   * @param contractCode the code of the contract it falls under (the default one's if it names
   *     none)
   * @param warrantyEnd the last day of its free warranty: its own, or from its contract
   * @param inWarranty whether the free warranty covers today
   * @param warranty where the warranty stands today, looking {@link #SOON_DAYS} ahead
   */
  public record Registered(
      Asset asset,
      String contractCode,
      LocalDate warrantyEnd,
      boolean inWarranty,
      WarrantyStatus warranty) {}

  /** An asset and how many tickets named it in the days looked back. */
  public record RepeatedFaults(Registered registered, long faults) {}

  /**
   * The assets that match every filter given (null or blank: any), by serial number, at most {@code
   * max} (1–1000).
   */
  public List<Registered> list(
      AssetType type, String supplier, String location, String text, int max) {
    List<Asset> found =
        assets.search(
            type,
            blankToNull(supplier),
            blankToNull(location),
            blankToNull(text),
            Math.min(Math.max(1, max), 1000));
    return registered(found);
  }

  /** The suppliers of the register, in order: to filter by. */
  public List<String> suppliers() {
    return assets.findSuppliers();
  }

  /** The asset of this serial number (404 when none). */
  public Registered find(@NotBlank String serialNo) {
    return registered(load(serialNo));
  }

  /** The tickets naming the asset of this serial number, newest first (404 for no asset). */
  public List<Ticket> ticketsOf(@NotBlank String serialNo) {
    return assets.findTicketsOf(load(serialNo).getId());
  }

  /**
   * Registers an asset. A serial number registered already is refused (409), a terminal or a
   * contract that does not exist 404, a warranty ending before acceptance 400.
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public Registered register(@NotNull @Valid NewAsset request) {
    String serial = request.serialNo().strip();
    if (assets.findBySerial(serial).isPresent()) {
      throw RequestRefusedException.conflict("The serial number " + serial + " is registered");
    }
    Long contractId = contractIdOf(request.contractCode());
    String terminalCode = terminalOf(request.terminalCode());
    Asset asset =
        domain(
            () -> {
              Asset a =
                  new Asset(
                      serial,
                      request.type(),
                      request.model().strip(),
                      request.location().strip(),
                      request.supplier().strip(),
                      request.acceptedOn(),
                      clock.instant());
              a.accepted(request.acceptedOn(), request.warrantyEnd());
              a.link(terminalCode, contractId);
              a.note(blankToNull(request.note()));
              return a;
            });
    assets.add(asset);
    return registered(asset);
  }

  /**
   * Changes an asset as read at {@code version} (409 when it has changed since): what it is and
   * where, its acceptance and warranty end, its terminal and contract, its note. Its serial number
   * stays (the request's must be the same or blank).
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public Registered change(
      @NotBlank String serialNo, long version, @NotNull @Valid NewAsset request) {
    Asset asset = load(serialNo);
    if (!request.serialNo().isBlank() && !request.serialNo().strip().equals(serialNo)) {
      throw RequestRefusedException.invalid("An asset's serial number does not change");
    }
    if (asset.getVersion() != version) {
      throw RequestRefusedException.conflict(
          "The asset " + serialNo + " has changed since it was read");
    }
    Long contractId = contractIdOf(request.contractCode());
    String terminalCode = terminalOf(request.terminalCode());
    domain(
        () -> {
          asset.describe(
              request.type(),
              request.model().strip(),
              request.location().strip(),
              request.supplier().strip());
          asset.accepted(request.acceptedOn(), request.warrantyEnd());
          asset.link(terminalCode, contractId);
          asset.note(blankToNull(request.note()));
          return asset;
        });
    return registered(asset);
  }

  /**
   * Registers the assets of a CSV file ({@link AssetCsvFile}), all or none: a file with any problem
   * (a line with a field missing or wrong, an unknown type, a date that is no date, a warranty
   * ending before acceptance, a serial number twice in the file or registered already, a terminal
   * or contract that does not exist) is refused with every problem by line, and nothing is
   * registered. Only new assets are added; none is changed.
   *
   * @return how many assets were registered
   */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK})
  @Audited
  public int importCsv(@NotNull String csv) {
    AssetCsvFile.Parsed parsed = AssetCsvFile.parse(csv);
    List<LineError> errors =
        AssetCsvFile.check(
            parsed,
            new AssetCsvFile.Register() {
              @Override
              public Set<String> registered(Collection<String> serialNos) {
                return assets.findBySerials(serialNos).stream()
                    .map(Asset::getSerialNo)
                    .collect(Collectors.toSet());
              }

              @Override
              public boolean terminalExists(String terminalCode) {
                return terminals.findByCode(terminalCode).isPresent();
              }

              @Override
              public boolean contractExists(String contractCode) {
                return contracts.findByCode(contractCode).isPresent();
              }
            });
    if (!errors.isEmpty()) {
      throw new AssetImportRefusedException(errors);
    }
    Instant now = clock.instant();
    Map<String, Long> contractIds = new HashMap<>();
    for (AssetCsvFile.Line line : parsed.lines()) {
      NewAsset a = line.asset();
      Asset asset =
          new Asset(
              a.serialNo(), a.type(), a.model(), a.location(), a.supplier(), a.acceptedOn(), now);
      asset.accepted(a.acceptedOn(), a.warrantyEnd());
      asset.link(
          a.terminalCode(),
          a.contractCode() == null
              ? null
              : contractIds.computeIfAbsent(
                  a.contractCode(), c -> contracts.findByCode(c).orElseThrow().getId()));
      asset.note(a.note());
      assets.add(asset);
    }
    return parsed.lines().size();
  }

  /**
   * The tickets created in the period that name an asset, and the repair cost they were charged,
   * per supplier, model or location of the asset; most faults first. A period not given is this
   * year up to today (campus time).
   */
  public List<AssetFaults> faults(@NotNull AssetGrouping by, LocalDate from, LocalDate to) {
    StatisticsPeriod period = period(from, to);
    return assets.countFaults(by, period.start(), period.end());
  }

  /** The period the fault statistics cover: the days given, this year up to today by default. */
  public StatisticsPeriod period(LocalDate from, LocalDate to) {
    LocalDate today = today();
    LocalDate start = from != null ? from : (to != null ? to : today).withDayOfYear(1);
    LocalDate end = to != null ? to : (from != null && from.isAfter(today) ? from : today);
    try {
      return new StatisticsPeriod(start, end);
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }

  /**
   * The assets whose free warranty ends today or within the next {@code days} days (0–3660), the
   * one ending first first.
   */
  public List<Registered> expiring(int days) {
    if (days < 0 || days > 3660) {
      throw RequestRefusedException.invalid("days is from 0 to 3660: " + days);
    }
    LocalDate today = today();
    LocalDate last = today.plusDays(days);
    Map<Long, Asset> found = new LinkedHashMap<>();
    assets.findOwnWarrantyEndingBetween(today, last).forEach(a -> found.put(a.getId(), a));
    ServiceContract standard = defaultContract();
    for (ServiceContract c : contracts.findAll()) {
      int months = c.getWarrantyMonths();
      // Acceptance plus the months, less a day, lies in [today, last]: a few days' margin either
      // way for the months of different lengths, then the exact rule.
      LocalDate from = today.plusDays(1).minusMonths(months).minusDays(3);
      LocalDate to = last.plusDays(1).minusMonths(months).plusDays(3);
      boolean isDefault = c.getId().equals(standard.getId());
      assets
          .findAcceptedBetweenUnder(c.getId(), isDefault, from, to)
          .forEach(a -> found.put(a.getId(), a));
    }
    return registered(List.copyOf(found.values())).stream()
        .filter(r -> !r.warrantyEnd().isBefore(today) && !r.warrantyEnd().isAfter(last))
        .sorted(
            Comparator.comparing(Registered::warrantyEnd)
                .thenComparing(r -> r.asset().getSerialNo()))
        .toList();
  }

  /**
   * The assets named by at least {@code faults} tickets (1–100) created in the last {@code days}
   * days (1–3660), the one with most first.
   */
  public List<RepeatedFaults> repeatedFaults(int faults, int days) {
    if (faults < 1 || faults > 100) {
      throw RequestRefusedException.invalid("faults is from 1 to 100: " + faults);
    }
    if (days < 1 || days > 3660) {
      throw RequestRefusedException.invalid("days is from 1 to 3660: " + days);
    }
    Instant since = clock.instant().minus(java.time.Duration.ofDays(days));
    Map<Long, Long> counts = assets.countTicketsSince(since, faults);
    if (counts.isEmpty()) {
      return List.of();
    }
    Map<Long, Registered> byId =
        registered(assets.findByIds(counts.keySet())).stream()
            .collect(Collectors.toMap(r -> r.asset().getId(), r -> r));
    List<RepeatedFaults> repeated = new ArrayList<>();
    counts.forEach(
        (id, n) -> {
          Registered r = byId.get(id);
          if (r != null) {
            repeated.add(new RepeatedFaults(r, n));
          }
        });
    return repeated;
  }

  private List<Registered> registered(List<Asset> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Long, ServiceContract> byId = new HashMap<>();
    Set<Long> wanted = new HashSet<>();
    found.stream().map(Asset::getContractId).filter(Objects::nonNull).forEach(wanted::add);
    ServiceContract standard = defaultContract();
    for (Long id : wanted) {
      contracts.findById(id).ifPresent(c -> byId.put(id, c));
    }
    LocalDate today = today();
    return found.stream()
        .map(
            a -> {
              ServiceContract c =
                  a.getContractId() == null
                      ? standard
                      : byId.getOrDefault(a.getContractId(), standard);
              int months = c.getWarrantyMonths();
              return new Registered(
                  a,
                  c.getCode(),
                  a.warrantyEnd(months),
                  a.inWarranty(today, months),
                  a.warrantyStatus(today, months, SOON_DAYS));
            })
        .toList();
  }

  private Registered registered(Asset asset) {
    return registered(List.of(asset)).get(0);
  }

  private ServiceContract defaultContract() {
    return contracts
        .findDefault()
        .orElseThrow(() -> new IllegalStateException("No default service contract"));
  }

  private Asset load(String serialNo) {
    return assets
        .findBySerial(serialNo.strip())
        .orElseThrow(() -> RequestRefusedException.notFound("No asset " + serialNo));
  }

  private Long contractIdOf(String code) {
    String c = blankToNull(code);
    if (c == null) {
      return null;
    }
    return contracts
        .findByCode(c)
        .map(ServiceContract::getId)
        .orElseThrow(() -> RequestRefusedException.notFound("No service contract " + c));
  }

  private String terminalOf(String code) {
    String c = blankToNull(code);
    if (c != null && terminals.findByCode(c).isEmpty()) {
      throw RequestRefusedException.notFound("No terminal " + c);
    }
    return c;
  }

  private LocalDate today() {
    return BusinessDay.of(clock.instant());
  }

  private static <T> T domain(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
