package org.yikatong.finance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.finance.domain.reconciliation.ChannelLedger;
import org.yikatong.finance.domain.reconciliation.ChannelLine;
import org.yikatong.finance.domain.reconciliation.Correction;
import org.yikatong.finance.domain.reconciliation.LedgerMovement;
import org.yikatong.finance.domain.reconciliation.Match;
import org.yikatong.finance.domain.reconciliation.MatchTolerances;
import org.yikatong.finance.domain.reconciliation.MatchingEngine;
import org.yikatong.finance.domain.reconciliation.Outcome;
import org.yikatong.finance.domain.reconciliation.ReconciliationItem;
import org.yikatong.finance.domain.reconciliation.ReconciliationRun;
import org.yikatong.finance.domain.reconciliation.ReconciliationRunRepository;
import org.yikatong.finance.domain.reconciliation.RunStatus;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.finance.domain.statementfile.StatementFileLine;
import org.yikatong.finance.domain.statementfile.StatementFileRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.application.Adjustments;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.Adjustment;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.application.NotAudited;
import org.yikatong.security.domain.Role;

/**
 * Reconciliation runs: imported statement files of one channel and business day matched against the
 * ledger's online top-ups and their refunds ({@link MatchingEngine}). A dry run answers the outcome
 * and stores nothing; a recorded run stores every item. Its items are resolved one by one: a person
 * confirms a suggestion (or pairs another movement, or dismisses them), explains an item with a
 * note, or proposes a correction that becomes a ledger adjustment under maker-checker ({@link
 * Adjustments}), resolved once a finance approver other than its maker approves it. The run closes
 * when every item is resolved; a closed run refuses every change (409).
 *
 * <p>Matching reads its tolerances from the settings {@value #TIME_TOLERANCE_SETTING} (default
 * {@value #DEFAULT_TIME_TOLERANCE_MINUTES}), {@value #AMOUNT_TOLERANCE_SETTING} (default 0) and
 * {@value #WINDOW_SETTING} (how far around the day the ledger is searched, default {@value
 * #DEFAULT_WINDOW_MINUTES}).
 */
@Stateless
@Audited
public class Reconciliations {

  /** The setting of the largest difference of times paired by amount and time, in minutes. */
  public static final String TIME_TOLERANCE_SETTING =
      "yikatong.reconciliation.time-tolerance-minutes";

  /** The setting of the largest difference of amounts paired by amount and time, in fen. */
  public static final String AMOUNT_TOLERANCE_SETTING =
      "yikatong.reconciliation.amount-tolerance-fen";

  /** The setting of how far around the business day the ledger is searched, in minutes. */
  public static final String WINDOW_SETTING = "yikatong.reconciliation.window-minutes";

  public static final int DEFAULT_TIME_TOLERANCE_MINUTES = 10;
  public static final int DEFAULT_WINDOW_MINUTES = 30;

  /** The most runs one list answers. */
  public static final int MAX_LIST = 200;

  @Inject StatementFileRepository files;
  @Inject ReconciliationRunRepository runs;
  @Inject ChannelLedger ledger;
  @Inject AccountRepository accounts;
  @Inject Adjustments adjustments;
  @Inject ReconciliationCsv csv;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = TIME_TOLERANCE_SETTING, defaultValue = "" + DEFAULT_TIME_TOLERANCE_MINUTES)
  long timeToleranceMinutes;

  @Inject
  @ConfigProperty(name = AMOUNT_TOLERANCE_SETTING, defaultValue = "0")
  long amountToleranceFen;

  @Inject
  @ConfigProperty(name = WINDOW_SETTING, defaultValue = "" + DEFAULT_WINDOW_MINUTES)
  long windowMinutes;

  /**
   * Matches statement files without recording anything: the run as it would be, never stored (its
   * id is null).
   *
   * @throws RequestRefusedException a file does not exist (404), or the files are not of one
   *     channel and day (400)
   */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  @NotAudited
  public ReconciliationRun dryRun(@NotEmpty List<Long> fileIds) {
    return build(statementFiles(fileIds));
  }

  /**
   * Matches statement files and records the run with every item.
   *
   * @throws RequestRefusedException a file does not exist (404), the files are not of one channel
   *     and day (400), or a file is in another run already or its date is reconciled (409)
   */
  @RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
  public ReconciliationRun record(@NotEmpty List<Long> fileIds) {
    List<StatementFile> chosen = statementFiles(fileIds);
    for (StatementFile f : chosen) {
      runs.runOf(f)
          .ifPresent(
              r -> {
                throw RequestRefusedException.conflict(
                    "Statement file " + f.getId() + " is in reconciliation run " + r.getId());
              });
      if (runs.reconciled(f.getChannel(), f.getAccount(), f.getDay())) {
        throw RequestRefusedException.conflict(
            "The statement of " + f.getAccount() + " for " + f.getDay() + " is reconciled already");
      }
    }
    ReconciliationRun run = build(chosen);
    runs.add(run);
    audit.describe(
        "run "
            + run.getId()
            + " of "
            + run.getChannel()
            + " "
            + run.getDay()
            + ": "
            + run.counts());
    return run;
  }

  /** The latest recorded runs, newest first; of a status and a channel when given. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public List<ReconciliationRun> list(RunStatus status, PaymentChannel channel) {
    return runs.latest(status, channel, MAX_LIST);
  }

  /** A recorded run with its items. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public ReconciliationRun details(long runId) {
    return runs.find(runId)
        .orElseThrow(() -> RequestRefusedException.notFound("No reconciliation run " + runId));
  }

  /**
   * Pairs an item of statement lines the ledger lacks with an item of a ledger movement the
   * statement lacks: one of its suggestions, or another a person picked. The first becomes MATCHED
   * (or an AMOUNT_MISMATCH to correct, when the amounts differ), the second is resolved with it.
   */
  @RolesAllowed(Role.FINANCE)
  public ReconciliationItem confirm(long runId, int itemNo, int movementItemNo) {
    ReconciliationRun run = open(runId);
    ReconciliationItem item = item(run, itemNo);
    ReconciliationItem movement = item(run, movementItemNo);
    try {
      item.pairWith(movement, caller.name(), clock.instant());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    audit.describe("item " + itemNo + " paired with item " + movementItemNo);
    return item;
  }

  /** Dismisses an item's suggestions: none of them is its movement; it stays to be resolved. */
  @RolesAllowed(Role.FINANCE)
  public ReconciliationItem dismissSuggestions(long runId, int itemNo) {
    ReconciliationItem item = item(open(runId), itemNo);
    try {
      item.dismissSuggestions(caller.name(), clock.instant());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    return item;
  }

  /** Resolves an item by a note that explains it (a charge booked elsewhere, a known delay). */
  @RolesAllowed(Role.FINANCE)
  public ReconciliationItem explain(
      long runId, int itemNo, @NotBlank @Size(max = ReconciliationItem.MAX_NOTE) String note) {
    ReconciliationItem item = item(open(runId), itemNo);
    try {
      item.explain(note, caller.name(), clock.instant());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
    audit.describe("item " + itemNo + " explained");
    return item;
  }

  /**
   * Proposes a correction of an item: an adjustment of its difference between an account and the
   * channel's clearing account, which posts once a finance approver approves it. A card is credited
   * or a top-up reversed on the holder's purse the ledger names for the item, or on {@code
   * accountNo} when given; a fee goes against the fee income, a difference to suspense.
   *
   * @param accountNo the card holder's purse to use, or null for the one the item names
   * @param reason why, in the finance user's words (optional)
   * @return the item with its proposed adjustment
   * @throws RequestRefusedException the correction does not fit the item, or no purse is known or
   *     the account is no purse (400); the item is resolved or waits for an approval (409)
   */
  @RolesAllowed(Role.FINANCE)
  public ReconciliationItem propose(
      long runId,
      int itemNo,
      @NotNull Correction correction,
      @Size(max = 32) String accountNo,
      @Size(max = 120) String reason) {
    ReconciliationRun run = open(runId);
    ReconciliationItem item = item(run, itemNo);
    String refusal = item.refusalToDecide();
    if (refusal != null) {
      throw RequestRefusedException.conflict(refusal);
    }
    String misfit = correction.refusalFor(item.getOutcome(), item.getDifferenceFen());
    if (misfit != null) {
      throw RequestRefusedException.invalid("Item " + itemNo + ": " + misfit);
    }
    String target =
        switch (correction) {
          case CREDIT_CARD, REVERSE_TOP_UP -> purse(item, accountNo);
          case BOOK_FEE -> AccountType.FEES.systemAccountNo();
          case MOVE_TO_SUSPENSE -> AccountType.SUSPENSE.systemAccountNo();
        };
    Adjustment adjustment =
        adjustments.propose(
            target,
            run.getChannel().clearing().systemAccountNo(),
            item.getDifferenceFen(),
            reasonOf(run, item, correction, reason),
            item.getLedgerEntryId());
    item.proposed(correction, adjustment, caller.name(), clock.instant());
    audit.describe(
        "item "
            + itemNo
            + ": "
            + correction
            + " as adjustment "
            + adjustment.getId()
            + " of "
            + item.getDifferenceFen()
            + " fen on "
            + target);
    return item;
  }

  /**
   * Approves the adjustment proposed for an item, which posts it and resolves the item; never by
   * its maker (the ledger refuses that, 409).
   */
  @RolesAllowed(Role.FINANCE_APPROVER)
  public ReconciliationItem approve(long runId, int itemNo) {
    ReconciliationItem item = item(open(runId), itemNo);
    adjustments.approve(proposal(item).getId());
    return item;
  }

  /** Rejects the adjustment proposed for an item; the item stays open for another correction. */
  @RolesAllowed(Role.FINANCE_APPROVER)
  public ReconciliationItem reject(long runId, int itemNo) {
    ReconciliationItem item = item(open(runId), itemNo);
    adjustments.reject(proposal(item).getId());
    return item;
  }

  /**
   * Closes a run whose items are all resolved, none waiting for an approval.
   *
   * @throws RequestRefusedException the run is closed already or an item is still open (409)
   */
  @RolesAllowed(Role.FINANCE)
  public ReconciliationRun close(long runId) {
    ReconciliationRun run = open(runId);
    RunStatus before = run.getStatus();
    try {
      run.close(caller.name(), clock.instant());
    } catch (IllegalStateException e) {
      throw RequestRefusedException.conflict(e.getMessage());
    }
    audit.describe(before, run.getStatus());
    return run;
  }

  /** Writes a recorded run item by item as CSV. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public void exportCsv(long runId, Writer out) {
    try {
      csv.write(details(runId), out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write reconciliation run " + runId, e);
    }
  }

  /** The tolerances matching uses now, from the settings. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  @NotAudited
  public MatchTolerances tolerances() {
    try {
      return new MatchTolerances(
          amountToleranceFen,
          Duration.ofMinutes(timeToleranceMinutes),
          Duration.ofMinutes(windowMinutes));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The settings "
              + AMOUNT_TOLERANCE_SETTING
              + ", "
              + TIME_TOLERANCE_SETTING
              + " and "
              + WINDOW_SETTING
              + " are never negative",
          e);
    }
  }

  private ReconciliationRun build(List<StatementFile> chosen) {
    ReconciliationRun.refusalFor(chosen)
        .ifPresent(
            r -> {
              throw RequestRefusedException.invalid(r);
            });
    StatementFile first = chosen.get(0);
    PaymentChannel channel = first.getChannel();
    MatchTolerances tolerances = tolerances();
    List<ChannelLine> lines = new ArrayList<>();
    Set<String> orderNos = new LinkedHashSet<>();
    Set<String> channelTxnNos = new LinkedHashSet<>();
    for (StatementFile f : chosen) {
      for (StatementFileLine l : f.getLines()) {
        lines.add(new ChannelLine(l.getId(), f.getId(), l.toStatementLine()));
        if (l.getMerchantRef() != null) {
          orderNos.add(l.getMerchantRef());
        }
        if (l.getChannelRef() != null) {
          channelTxnNos.add(l.getChannelRef());
        }
      }
    }
    Instant from = BusinessDay.start(first.getDay()).minus(tolerances.window());
    Instant to = BusinessDay.start(first.getDay().plusDays(1)).plus(tolerances.window());
    List<LedgerMovement> movements = ledger.movements(channel, from, to, orderNos, channelTxnNos);
    List<Match> matches = MatchingEngine.match(lines, movements, first.getDay(), tolerances);
    ReconciliationRun run =
        new ReconciliationRun(chosen, tolerances, matches, caller.name(), clock.instant());
    for (ReconciliationItem item : run.getItems()) {
      if (item.getPurseAccountNo() == null && item.getOutcome() != Outcome.FEE) {
        item.getLines().stream()
            .map(StatementFileLine::getMerchantRef)
            .filter(ref -> ref != null)
            .findFirst()
            .ifPresent(
                ref -> ledger.purseOfOrder(channel, ref).ifPresent(p -> item.purseHint(ref, p)));
      }
    }
    return run;
  }

  private List<StatementFile> statementFiles(List<Long> ids) {
    List<StatementFile> found = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(ids)) {
      if (id == null) {
        throw RequestRefusedException.invalid("A statement file id is missing");
      }
      found.add(
          files
              .find(id)
              .orElseThrow(() -> RequestRefusedException.notFound("No statement file " + id)));
    }
    return found;
  }

  /** The run, locked, if it may still change. */
  private ReconciliationRun open(long runId) {
    ReconciliationRun run =
        runs.lock(runId)
            .orElseThrow(() -> RequestRefusedException.notFound("No reconciliation run " + runId));
    String refusal = run.refusalToChange();
    if (refusal != null) {
      throw RequestRefusedException.conflict(refusal);
    }
    return run;
  }

  private static ReconciliationItem item(ReconciliationRun run, int itemNo) {
    return run.item(itemNo)
        .orElseThrow(
            () ->
                RequestRefusedException.notFound(
                    "Reconciliation run " + run.getId() + " has no item " + itemNo));
  }

  private static Adjustment proposal(ReconciliationItem item) {
    if (item.getAdjustment() == null) {
      throw RequestRefusedException.conflict(
          "Item " + item.getItemNo() + " has no proposed correction");
    }
    return item.getAdjustment();
  }

  /** The purse a card correction uses: the one given, else the one the item names. */
  private String purse(ReconciliationItem item, String accountNo) {
    String no =
        accountNo == null || accountNo.isBlank() ? item.getPurseAccountNo() : accountNo.strip();
    if (no == null) {
      throw RequestRefusedException.invalid(
          "Item "
              + item.getItemNo()
              + " names no card holder: give the purse's account number (such as P20260001)");
    }
    Account account =
        accounts
            .findByNo(no)
            .orElseThrow(() -> RequestRefusedException.notFound("No account " + no));
    if (account.getType() != AccountType.CARDHOLDER_PURSE) {
      throw RequestRefusedException.invalid("Account " + no + " is no card holder's main purse");
    }
    return no;
  }

  private static String reasonOf(
      ReconciliationRun run, ReconciliationItem item, Correction correction, String reason) {
    String label =
        switch (correction) {
          case CREDIT_CARD -> "补记充值";
          case REVERSE_TOP_UP -> "冲销充值";
          case BOOK_FEE -> "渠道手续费";
          case MOVE_TO_SUSPENSE -> "转入待查";
        };
    String ref = item.getOrderNo() == null ? "" : " " + item.getOrderNo();
    String text =
        "对账 "
            + run.getChannel()
            + " "
            + run.getDay()
            + " #"
            + run.getId()
            + "-"
            + item.getItemNo()
            + " "
            + label
            + ref
            + (reason == null || reason.isBlank() ? "" : "：" + reason.strip());
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }
}
