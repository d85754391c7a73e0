package org.yikatong.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.card.domain.CardHolderRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountStatus;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.RequestHash;
import org.yikatong.ledger.domain.SubsidyBatch;
import org.yikatong.ledger.domain.SubsidyBatchRepository;
import org.yikatong.ledger.domain.SubsidyFile;
import org.yikatong.ledger.domain.SubsidyGrant;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;

/**
 * Subsidy batches (for example the monthly meal subsidy): a CSV file is checked whole, then every
 * line posts from the subsidy funding account to the holder's subsidy purse, all in one
 * transaction; one batch number posts once. A file can be previewed first: checked the same way,
 * with nothing posted. Expired grants return their unspent rest to the funding account daily.
 *
 * <p>One file holds at most {@value #MAX_LINES_SETTING} lines (default {@value
 * #DEFAULT_MAX_LINES}): a longer one is refused before any of its lines is looked at, and is split
 * into several batches.
 */
@Stateless
@RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
public class Subsidies {

  private static final Logger LOG = Logger.getLogger(Subsidies.class.getName());

  /** The setting that bounds the lines of one subsidy file. */
  public static final String MAX_LINES_SETTING = "yikatong.subsidy.max-lines";

  /** The lines of one subsidy file when the setting is not given. */
  public static final int DEFAULT_MAX_LINES = 50_000;

  @Inject CardHolderRepository holders;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject SubsidyBatchRepository batches;

  @Inject
  @ConfigProperty(name = MAX_LINES_SETTING, defaultValue = "" + DEFAULT_MAX_LINES)
  int maxLines;

  /**
   * Posts a subsidy batch.
   *
   * @param expiresOn the last day the subsidy can be spent, or null for no expiry
   * @return the batch; the first one if this file was posted before under the same number
   * @throws RequestRefusedException when the file has more lines than one batch takes or listing
   *     every bad line (400), or when the batch number was used for another file (409); nothing is
   *     posted then
   */
  @Audited
  public SubsidyBatch upload(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String batchNo,
      @NotNull String csv,
      LocalDate expiresOn) {
    int lineCount = SubsidyFile.lineCount(csv);
    if (lineCount > maxLines) {
      throw RequestRefusedException.invalid(tooManyLines(lineCount) + "; nothing was posted");
    }
    String hash = RequestHash.of("SUBSIDY", csv, expiresOn);
    Optional<SubsidyBatch> existing = find(batchNo);
    if (existing.isPresent()) {
      if (existing.get().getContentHash().equals(hash)) {
        return existing.get();
      }
      throw RequestRefusedException.conflict(
          "Batch "
              + batchNo
              + " was posted with another file on "
              + existing.get().getUploadedAt());
    }
    Instant now = clock.instant();
    if (expiresOn != null && expiresOn.isBefore(BusinessDay.of(now))) {
      throw RequestRefusedException.invalid("The expiry date " + expiresOn + " is past");
    }
    SubsidyFile file = SubsidyFile.parse(csv);
    Map<Integer, CardHolder> holderOf = new HashMap<>();
    List<String> errors = check(file, holderOf);
    if (!errors.isEmpty()) {
      throw new RequestRefusedException(
          RequestRefusedException.Kind.INVALID,
          "The subsidy file has " + errors.size() + " bad line(s); nothing was posted",
          errors);
    }
    SubsidyBatch batch =
        new SubsidyBatch(
            batchNo, hash, file.lines().size(), file.total(), expiresOn, now, caller.name());
    batches.add(batch); // a concurrent upload of the same number fails here, before any posting
    Account funding = accounts.system(AccountType.SUBSIDY_FUNDING);
    for (SubsidyFile.Line line : file.lines()) {
      CardHolder holder = holderOf.get(line.lineNo());
      Account subsidy = subsidyPurse(holder, now);
      batches.add(new SubsidyGrant(batch, line.lineNo(), holder, line.amount(), expiresOn));
      journal.post(
          EntryDraft.builder(
                  EntryKind.SUBSIDY,
                  "SUBSIDY:" + batchNo + ":" + line.lineNo(),
                  RequestHash.of(batchNo, line.lineNo(), line.holderNo(), line.amount().fen()))
              .amount(line.amount())
              .description("补助 " + batchNo)
              .postedBy(caller.name())
              .line(funding, line.amount().negate())
              .line(subsidy, line.amount())
              .build());
    }
    return batch;
  }

  @RolesAllowed({Role.FINANCE, Role.AUDITOR, Role.ADMINISTRATOR})
  public Optional<SubsidyBatch> find(@NotBlank String batchNo) {
    return batches.findByNumber(batchNo);
  }

  /**
   * Checks a subsidy file as {@link #upload} does, and posts nothing: what each good line would
   * grant, and every problem that would refuse the file, each with its line number. Problems of the
   * file as a whole (more lines than one batch takes, a batch number already used, an expiry date
   * past) have line number 0; a file with too many lines is not looked into further.
   */
  @RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
  public SubsidyPreview preview(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String batchNo,
      @NotNull String csv,
      LocalDate expiresOn) {
    int lineCount = SubsidyFile.lineCount(csv);
    if (lineCount > maxLines) {
      return new SubsidyPreview(
          lineCount,
          Money.ZERO,
          List.of(),
          List.of(new SubsidyPreview.Problem(0, tooManyLines(lineCount))));
    }
    List<SubsidyPreview.Problem> problems = new ArrayList<>();
    String hash = RequestHash.of("SUBSIDY", csv, expiresOn);
    find(batchNo)
        .ifPresent(
            existing ->
                problems.add(
                    new SubsidyPreview.Problem(
                        0,
                        "Batch "
                            + batchNo
                            + " was posted "
                            + (existing.getContentHash().equals(hash)
                                ? "with this file"
                                : "with another file")
                            + " on "
                            + existing.getUploadedAt())));
    if (expiresOn != null && expiresOn.isBefore(BusinessDay.of(clock.instant()))) {
      problems.add(new SubsidyPreview.Problem(0, "The expiry date " + expiresOn + " is past"));
    }
    SubsidyFile file = SubsidyFile.parse(csv);
    Map<Integer, CardHolder> holderOf = new HashMap<>();
    for (String error : check(file, holderOf)) {
      problems.add(
          new SubsidyPreview.Problem(lineNoOf(error), error.replaceFirst("^line \\d+: ", "")));
    }
    List<SubsidyPreview.Grant> grants = new ArrayList<>();
    Money total = Money.ZERO;
    for (SubsidyFile.Line line : file.lines()) {
      CardHolder holder = holderOf.get(line.lineNo());
      if (holder != null) {
        grants.add(
            new SubsidyPreview.Grant(
                line.lineNo(), holder.getHolderNo(), holder.getFullName(), line.amount()));
        total = total.plus(line.amount());
      }
    }
    problems.sort(Comparator.comparingInt(SubsidyPreview.Problem::lineNo));
    return new SubsidyPreview(lineCount, total, grants, problems);
  }

  /** A batch and how far its expiry has gone. */
  public record BatchStanding(
      SubsidyBatch batch, SubsidyBatch.Standing standing, long grantsExpired, Money returned) {}

  /** The latest batches, newest first, each with how far its expiry has gone today. */
  @RolesAllowed({Role.FINANCE, Role.FINANCE_APPROVER, Role.AUDITOR, Role.ADMINISTRATOR})
  public List<BatchStanding> latest(@Min(1) @Max(500) int max) {
    LocalDate today = BusinessDay.of(clock.instant());
    List<SubsidyBatch> found = batches.latest(max);
    // Only a batch whose expiry date is past can have expired grants.
    List<Long> past =
        found.stream()
            .filter(b -> b.getExpiresOn() != null && b.getExpiresOn().isBefore(today))
            .map(SubsidyBatch::getId)
            .toList();
    Map<Long, SubsidyBatchRepository.ExpiredGrants> expired = new HashMap<>();
    for (SubsidyBatchRepository.ExpiredGrants e : batches.expiredGrantsOf(past)) {
      expired.put(e.batchId(), e);
    }
    List<BatchStanding> standings = new ArrayList<>();
    for (SubsidyBatch batch : found) {
      SubsidyBatchRepository.ExpiredGrants e = expired.get(batch.getId());
      long grants = e == null ? 0 : e.grants();
      standings.add(
          new BatchStanding(
              batch,
              batch.standingOn(today, grants),
              grants,
              e == null ? Money.ZERO : e.returned()));
    }
    return standings;
  }

  /**
   * Returns the unspent rest of every grant that expired before {@code today} to the funding
   * account.
   *
   * @return how many grants expired
   */
  @RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
  @Audited
  public int expireBefore(@NotNull LocalDate today) {
    List<SubsidyGrant> due = batches.expiredBefore(today);
    Instant now = clock.instant();
    Account funding = accounts.system(AccountType.SUBSIDY_FUNDING);
    for (SubsidyGrant grant : due) {
      Account subsidy = subsidyPurse(grant.getHolder(), now);
      accounts.lock(List.of(subsidy));
      Money later = batches.stillGoodBeside(grant.getHolder(), grant, today);
      Money rest = SubsidyGrant.unspent(grant.getAmount(), accounts.currentBalance(subsidy), later);
      if (rest.fen() > 0) {
        journal.post(
            EntryDraft.builder(
                    EntryKind.SUBSIDY_EXPIRY,
                    "SUBSIDY-EXPIRY:" + grant.getId(),
                    RequestHash.of("SUBSIDY-EXPIRY", grant.getId(), rest.fen()))
                .amount(rest)
                .description("补助到期回收 " + grant.getBatch().getBatchNo())
                .postedBy(caller.name())
                .line(subsidy, rest.negate())
                .line(funding, rest)
                .build());
      }
      grant.expired(rest, now);
    }
    return due.size();
  }

  /** Daily at 00:10 Asia/Shanghai, on one node; a missed run is caught up at start (persistent). */
  @Schedule(
      hour = "0",
      minute = "10",
      timezone = "Asia/Shanghai",
      persistent = true,
      info = "subsidy expiry")
  @PermitAll
  public void expireDaily() {
    int expired = expireBefore(BusinessDay.of(clock.instant()));
    LOG.info("Subsidy expiry: " + expired + " grant(s) expired");
  }

  private Account purse(CardHolder holder) {
    return accounts
        .findOf(holder, AccountType.CARDHOLDER_PURSE)
        .orElseThrow(() -> new IllegalStateException("No purse for " + holder.getHolderNo()));
  }

  private Account subsidyPurse(CardHolder holder, Instant now) {
    return accounts
        .findOf(holder, AccountType.CARDHOLDER_SUBSIDY)
        .orElseGet(
            () -> {
              Account opened = Account.subsidyOf(holder, now);
              accounts.add(opened);
              return opened;
            });
  }

  /**
   * Every problem of the file's lines, each named "line N: ...": the file's own, a holder that does
   * not exist, a closed account. Fills {@code holderOf} with the holder of each good line.
   */
  private List<String> check(SubsidyFile file, Map<Integer, CardHolder> holderOf) {
    List<String> errors = new ArrayList<>(file.errors());
    for (SubsidyFile.Line line : file.lines()) {
      Optional<CardHolder> holder = holders.findByHolderNo(line.holderNo());
      if (holder.isEmpty()) {
        errors.add("line " + line.lineNo() + ": no card holder " + line.holderNo());
      } else if (purse(holder.get()).getStatus() == AccountStatus.CLOSED) {
        errors.add("line " + line.lineNo() + ": the account of " + line.holderNo() + " is closed");
      } else {
        holderOf.put(line.lineNo(), holder.get());
      }
    }
    errors.sort(Comparator.comparingInt(Subsidies::lineNoOf));
    return errors;
  }

  private String tooManyLines(int lineCount) {
    return "The subsidy file has "
        + lineCount
        + " lines; one batch takes at most "
        + maxLines
        + " ("
        + MAX_LINES_SETTING
        + "). Split it into several batches";
  }

  private static int lineNoOf(String error) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+)").matcher(error);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
