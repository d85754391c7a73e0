package org.yikatong.finance.infrastructure;

import com.prowidesoftware.swift.io.parser.SwiftParser;
import com.prowidesoftware.swift.model.SwiftBlock4;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field62F;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yikatong.finance.domain.statement.DeclaredTotals;
import org.yikatong.finance.domain.statement.LineKind;
import org.yikatong.finance.domain.statement.Statement;
import org.yikatong.finance.domain.statement.StatementFormat;
import org.yikatong.finance.domain.statement.StatementLine;
import org.yikatong.finance.domain.statement.StatementReader;
import org.yikatong.finance.domain.statement.StatementRejected;
import org.yikatong.kernel.domain.BusinessDay;

/**
 * A bank's customer statement as SWIFT MT940: the text block of one message, either alone (as banks
 * export it, from {@code :20:} to the closing {@code -}) or inside its FIN envelope ({@code
 * {1:…}{2:…}{4:…-}}). Prowide Core splits the block into its fields and a field into its parts;
 * this reader checks every part strictly, since Prowide reads leniently.
 *
 * <p>Fields: {@code :20:} the statement's reference, {@code :25:} the account, {@code :28C:} its
 * number, {@code :60F:} the opening balance, then the statement lines {@code :61:} (value date,
 * optional entry date, C or D, the amount with a decimal comma, the transaction type, the account
 * owner's reference and after {@code //} the bank's) each with its information {@code :86:}, and
 * {@code :62F:} the closing balance. A line's merchant reference is the structured {@code /EREF/}
 * of its :86: (banks put our order number there, as :61: holds sixteen characters), else the
 * account owner's reference unless it is NONREF. A credit is a payment; a debit of type CHG or COM
 * (charges, commission) a fee; any other debit, and reversals (RC, RD), are refused. The opening
 * balance plus the credits minus the debits must give the closing balance before the statement is
 * answered; MT940 declares no other totals. The statement's day is the closing balance's date.
 * Stateless and thread-safe.
 */
@ApplicationScoped
public class Mt940Reader implements StatementReader {

  private static final Pattern TAG_LINE = Pattern.compile("^:(\\d{2}[A-Z]?):.*");

  /** A structured end-to-end reference in :86: information. */
  private static final Pattern END_TO_END = Pattern.compile("/EREF/([^/]+)");

  /** The fields an MT940 may carry. */
  private static final Set<String> KNOWN =
      Set.of(
          "20", "21", "13D", "25", "25P", "28C", "60F", "60M", "61", "86", "62F", "62M", "64",
          "65");

  /** Transaction types of a charge: CHG charges and other expenses, COM commission. */
  private static final Set<String> CHARGES = Set.of("CHG", "COM");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public StatementFormat format() {
    return StatementFormat.MT940;
  }

  @Override
  public Statement read(byte[] file) {
    StatementText text =
        StatementText.decode(file, StandardCharsets.UTF_8, "an MT940 statement (SWIFT's ASCII)");
    List<Field> fields = fields(text);

    String reference = null;
    String account = null;
    Balance opening = null;
    Balance closing = null;
    List<StatementLine> lines = new ArrayList<>();
    StatementLine last = null;
    for (Field field : fields) {
      int lineNo = field.lineNo();
      switch (field.name()) {
        case "20" -> {
          if (reference != null) {
            throw new StatementRejected(
                lineNo, "a second statement (:20:) begins; import one statement at a time");
          }
          reference = StatementChecks.required(field.value(), lineNo, "the reference :20:");
        }
        case "25", "25P" -> account = StatementChecks.required(field.value(), lineNo, ":25:");
        case "60F" -> {
          if (opening != null) {
            throw new StatementRejected(lineNo, "a second opening balance :60F:");
          }
          Field60F f = parsed(field, Field60F::new);
          opening = balance(f.getDCMark(), f.getDate(), f.getCurrency(), f.getAmount(), field);
        }
        case "61" -> {
          if (opening == null) {
            throw new StatementRejected(
                lineNo, "a statement line :61: comes before the opening balance :60F:");
          }
          if (closing != null) {
            throw new StatementRejected(
                lineNo, "a statement line :61: comes after the closing balance :62F:");
          }
          last = line(field);
          lines.add(last);
        }
        case "86" -> {
          if (last != null) { // the information of the line above; else the statement's own
            lines.set(lines.size() - 1, describe(last, field.value()));
            last = null;
          }
        }
        case "62F" -> {
          if (closing != null) {
            throw new StatementRejected(lineNo, "a second closing balance :62F:");
          }
          Field62F f = parsed(field, Field62F::new);
          closing = balance(f.getDCMark(), f.getDate(), f.getCurrency(), f.getAmount(), field);
          last = null;
        }
        case "60M", "62M" ->
            throw new StatementRejected(
                lineNo,
                "an intermediate balance :"
                    + field.name()
                    + ": means the statement continues in another message; import it whole");
        default -> {
          // :21:, :13D:, :28C:, :64:, :65: carry nothing a reconciliation needs
        }
      }
    }
    if (reference == null) {
      throw new StatementRejected(0, "The statement has no reference :20:; it is not an MT940");
    }
    if (account == null) {
      throw new StatementRejected(0, "The statement names no account (:25:)");
    }
    if (opening == null) {
      throw new StatementRejected(0, "The statement has no opening balance :60F:");
    }
    if (closing == null) {
      throw new StatementRejected(
          0,
          "The file ends after line "
              + text.lineCount()
              + " without the closing balance :62F:: it seems truncated");
    }
    long credits = StatementChecks.sum(lines, LineKind.PAYMENT);
    long debits = StatementChecks.sum(lines, LineKind.FEE);
    if (opening.fen() + credits - debits != closing.fen()) {
      throw new StatementRejected(
          closing.lineNo(),
          "the opening balance "
              + Yuan.format(opening.fen())
              + " plus credits "
              + Yuan.format(credits)
              + " minus debits "
              + Yuan.format(debits)
              + " gives "
              + Yuan.format(opening.fen() + credits - debits)
              + ", but the closing balance :62F: is "
              + Yuan.format(closing.fen()));
    }
    for (StatementLine line : lines) {
      if (!BusinessDay.of(line.at()).equals(closing.date())) {
        throw new StatementRejected(
            line.lineNo(),
            "the line is booked on "
                + BusinessDay.of(line.at())
                + ", but the statement closes on "
                + closing.date()
                + ": a statement file covers one day");
      }
    }
    StatementChecks.uniqueChannelRefs(lines, "the bank's reference");
    return new Statement(
        StatementFormat.MT940,
        account,
        closing.date(),
        lines,
        new DeclaredTotals(lines.size(), credits, 0, debits));
  }

  /** A field of the text block: its tag, its value, and the line its tag stands on. */
  private record Field(String name, String value, int lineNo) {}

  /** The fields of the text block, as Prowide splits them, each with the line its tag starts on. */
  private static List<Field> fields(StatementText text) {
    String all = text.text();
    int start = all.indexOf("{4:");
    int firstLine;
    String block;
    if (start >= 0) {
      if (all.indexOf("{4:", start + 3) >= 0) {
        throw new StatementRejected(
            text.lineAt(all.indexOf("{4:", start + 3)),
            "a second message begins; import one statement at a time");
      }
      int end = all.indexOf("-}", start);
      if (end < 0) {
        throw new StatementRejected(
            0, "The message's text block ({4:) is never closed (-}): the file seems truncated");
      }
      firstLine = text.lineAt(start);
      block = all.substring(start + 3, end);
    } else {
      firstLine = 1;
      block = all;
    }
    List<Integer> tagLines = new ArrayList<>();
    List<String> content = new ArrayList<>();
    String[] rows = block.split("\r\n|\r|\n", -1);
    boolean ended = false;
    for (int i = 0; i < rows.length; i++) {
      int lineNo = firstLine + i;
      if (ended) {
        if (!rows[i].isBlank()) {
          throw new StatementRejected(
              lineNo, "text after the end of the statement (-); import one statement at a time");
        }
      } else if (rows[i].strip().equals("-")) {
        ended = true;
      } else if (TAG_LINE.matcher(rows[i]).matches()) {
        tagLines.add(lineNo);
        content.add(rows[i]);
      } else if (!tagLines.isEmpty()) {
        content.add(rows[i]);
      } else if (!rows[i].isBlank()) {
        throw new StatementRejected(
            lineNo, "the text does not start with a field such as :20:; not an MT940 statement");
      }
    }
    if (tagLines.isEmpty()) {
      throw new StatementRejected(0, "The file holds no MT940 field (:20:, :25:, :60F: …)");
    }
    SwiftBlock4 parsed;
    try {
      parsed = SwiftParser.parseBlock4("{4:\r\n" + String.join("\r\n", content).strip() + "\r\n-}");
    } catch (RuntimeException e) {
      throw new StatementRejected(
          0, "The statement's fields cannot be read (" + e.getMessage() + ")");
    }
    List<Tag> tags = parsed.getTags();
    if (tags.size() != tagLines.size()) {
      throw new StatementRejected(
          0, "The statement's fields cannot be told apart: each must start a line with its tag");
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      String name = tags.get(i).getName();
      if (!KNOWN.contains(name)) {
        throw new StatementRejected(
            tagLines.get(i), "field :" + name + ": does not belong in an MT940 statement");
      }
      fields.add(new Field(name, tags.get(i).getValue(), tagLines.get(i)));
    }
    return fields;
  }

  /** A field's parts as Prowide splits them; a value it cannot split is refused at its line. */
  private static <T> T parsed(Field field, Function<String, T> parser) {
    try {
      return parser.apply(field.value());
    } catch (RuntimeException e) {
      throw new StatementRejected(
          field.lineNo(), "field :" + field.name() + ": '" + field.value() + "' cannot be read");
    }
  }

  private record Balance(long fen, LocalDate date, int lineNo) {}

  private static Balance balance(
      String mark, String date, String currency, String amount, Field field) {
    int lineNo = field.lineNo();
    String what = "the balance :" + field.name() + ":";
    if (!"C".equals(mark) && !"D".equals(mark)) {
      throw new StatementRejected(
          lineNo, what + " '" + field.value() + "' does not start with C or D");
    }
    LocalDate day = date(date, lineNo, what + "'s date");
    if (!"CNY".equals(currency)) {
      throw new StatementRejected(
          lineNo, what + " is in '" + currency + "'; the statements read here are in CNY");
    }
    long fen = Yuan.swiftFen(amount, lineNo, what + "'s amount");
    return new Balance("C".equals(mark) ? fen : -fen, day, lineNo);
  }

  private static StatementLine line(Field field) {
    int lineNo = field.lineNo();
    Field61 f = parsed(field, Field61::new);
    LocalDate valueDate = date(f.getValueDate(), lineNo, "the value date");
    LocalDate booked = valueDate;
    if (f.getEntryDate() != null) {
      booked = entryDate(f.getEntryDate(), valueDate, lineNo);
    }
    String mark = f.getDebitCreditMark();
    if ("RC".equals(mark) || "RD".equals(mark)) {
      throw new StatementRejected(lineNo, "the line is a reversal (" + mark + "); not read");
    }
    if (!"C".equals(mark) && !"D".equals(mark)) {
      throw new StatementRejected(
          lineNo, "the line's debit/credit mark '" + mark + "' is neither C nor D");
    }
    long amount = Yuan.swiftFen(f.getAmount(), lineNo, "the line's amount");
    String type = f.getTransactionType();
    String code = f.getIdentificationCode();
    if (type == null || !type.matches("[NFS]") || code == null || !code.matches("[A-Z0-9]{3}")) {
      throw new StatementRejected(
          lineNo,
          "the line's transaction type '"
              + (type == null ? "" : type)
              + (code == null ? "" : code)
              + "' is not a SWIFT type such as NTRF or NCHG");
    }
    String ownerRef = f.getReferenceForTheAccountOwner();
    if (ownerRef == null || ownerRef.isBlank()) {
      throw new StatementRejected(
          lineNo, "the line has no reference for the account owner (NONREF when none)");
    }
    LineKind kind;
    if ("C".equals(mark)) {
      kind = LineKind.PAYMENT;
    } else if (CHARGES.contains(code)) {
      kind = LineKind.FEE;
    } else {
      throw new StatementRejected(
          lineNo,
          "the line is a debit of type "
              + type
              + code
              + ", not a charge (CHG, COM); this reader knows credits and charges only");
    }
    String bankRef = f.getReferenceOfTheAccountServicingInstitution();
    Instant at = BusinessDay.start(booked);
    return new StatementLine(
        lineNo,
        kind,
        bankRef == null || bankRef.isBlank() ? null : bankRef.strip(),
        ownerRef.equals("NONREF") ? null : ownerRef.strip(),
        amount,
        0,
        at,
        null,
        f.getSupplementaryDetails() == null || f.getSupplementaryDetails().isBlank()
            ? null
            : f.getSupplementaryDetails().strip());
  }

  /**
   * The line with the information of its :86: field as its description; a structured end-to-end
   * reference there ({@code /EREF/…}, where banks put a reference longer than :61:'s sixteen
   * characters) is the line's merchant reference.
   */
  private static StatementLine describe(StatementLine line, String information) {
    String text = information == null ? "" : information.replaceAll("[\\r\\n]+", "").strip();
    Matcher eref = END_TO_END.matcher(text);
    String merchantRef = line.merchantRef();
    if (eref.find() && !eref.group(1).strip().equals("NOTPROVIDED")) {
      merchantRef = eref.group(1).strip();
    }
    return new StatementLine(
        line.lineNo(),
        line.kind(),
        line.channelRef(),
        merchantRef,
        line.amountFen(),
        line.feeFen(),
        line.at(),
        line.batchRef(),
        text.isEmpty() ? null : text);
  }

  private static LocalDate date(String yymmdd, int lineNo, String what) {
    try {
      if (yymmdd == null) {
        throw new DateTimeParseException("missing", "", 0);
      }
      return LocalDate.parse(yymmdd, DATE);
    } catch (DateTimeParseException e) {
      throw new StatementRejected(
          lineNo,
          what + " '" + (yymmdd == null ? "" : yymmdd) + "' is not a date of the form YYMMDD");
    }
  }

  /** The entry date (MMDD) in the year that puts it nearest the value date. */
  private static LocalDate entryDate(String mmdd, LocalDate valueDate, int lineNo) {
    MonthDay monthDay;
    try {
      monthDay = MonthDay.parse("--" + mmdd.substring(0, 2) + "-" + mmdd.substring(2));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new StatementRejected(
          lineNo, "the entry date '" + mmdd + "' is not a date of the form MMDD");
    }
    LocalDate best = null;
    for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
      if (!monthDay.isValidYear(year)) {
        continue;
      }
      LocalDate candidate = monthDay.atYear(year);
      if (best == null
          || Math.abs(candidate.toEpochDay() - valueDate.toEpochDay())
              < Math.abs(best.toEpochDay() - valueDate.toEpochDay())) {
        best = candidate;
      }
    }
    return best;
  }
}
