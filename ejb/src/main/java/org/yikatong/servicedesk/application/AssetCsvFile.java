package org.yikatong.servicedesk.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yikatong.servicedesk.application.LineError.Problem;
import org.yikatong.servicedesk.domain.asset.AssetType;

/**
 * An asset file of the register: UTF-8 CSV (a byte order mark is skipped, fields may be quoted), a
 * header line naming the columns {@value #HEADER}, then one asset per line. A file is read whole
 * and every problem found is reported with its line number (the header is line 1); a file with any
 * problem is refused whole.
 *
 * <p>{@link #parse} checks each line by itself and the lines against each other (a serial number
 * twice); {@link #check} then checks them against the register (serial numbers registered already,
 * terminals and contracts that do not exist). Both are plain functions, without a server.
 */
public final class AssetCsvFile {

  /** The header line, column by column. */
  public static final String HEADER =
      "serial,type,model,location,supplier,accepted_on,warranty_end,terminal_code,contract_code,note";

  private static final List<String> COLUMNS = List.of(HEADER.split(","));

  /** The most assets one file takes. */
  public static final int MAX_LINES = 5000;

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  private AssetCsvFile() {}

  /** One asset of the file and the line it is on. */
  public record Line(int line, NewAsset asset) {}

  /**
   * What a file holds: its good lines, and the problems of the others.
   *
   * @param lines the lines that are good by themselves, in order
   * @param errors the problems found, by line number
   */
  public record Parsed(List<Line> lines, List<LineError> errors) {}

  /** What the register knows, to check a file against. */
  public interface Register {

    /** The serial numbers among these that are registered already. */
    Set<String> registered(Collection<String> serialNos);

    /** Whether the platform has a terminal of this code. */
    boolean terminalExists(String terminalCode);

    /** Whether a service contract has this code. */
    boolean contractExists(String contractCode);
  }

  /** Reads a file and checks each line by itself and the lines against each other. */
  public static Parsed parse(String text) {
    String csv = text == null ? "" : text;
    if (csv.startsWith("\uFEFF")) {
      csv = csv.substring(1);
    }
    List<Line> lines = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    Map<String, Integer> firstLineOfSerial = new HashMap<>();
    boolean header = true;
    int lastLine = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
      for (CSVRecord record : parser) {
        int line = lineOf(csv, record.getCharacterPosition());
        lastLine = line;
        if (header) {
          header = false;
          List<String> names =
              record.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
          if (!names.equals(COLUMNS)) {
            errors.add(
                LineError.at(line, Problem.of("header", "The header is not " + HEADER, HEADER)));
            return new Parsed(List.of(), errors);
          }
          continue;
        }
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (lines.size() + countLinesWithErrors(errors) >= MAX_LINES) {
          errors.add(
              LineError.at(
                  line,
                  Problem.of(
                      "tooMany", "A file takes at most " + MAX_LINES + " assets", MAX_LINES)));
          break;
        }
        List<Problem> problems = new ArrayList<>();
        NewAsset asset = asset(record, problems);
        if (asset != null) {
          Integer first = firstLineOfSerial.putIfAbsent(asset.serialNo(), line);
          if (first != null) {
            problems.add(
                Problem.of(
                    "serialTwice",
                    "The serial number " + asset.serialNo() + " is on line " + first + " too",
                    asset.serialNo(),
                    first));
          }
        }
        if (problems.isEmpty()) {
          lines.add(new Line(line, asset));
        } else {
          problems.forEach(p -> errors.add(LineError.at(line, p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException | IllegalStateException e) {
      // Commons CSV's word for a quote that is never closed.
      errors.add(
          LineError.at(
              lastLine + 1,
              Problem.of(
                  "notCsv",
                  "The file is not CSV from here on: " + e.getMessage(),
                  e.getMessage())));
      return new Parsed(List.of(), sorted(errors));
    }
    if (header) {
      errors.add(
          LineError.at(
              1, Problem.of("empty", "The file is empty; its first line is " + HEADER, HEADER)));
    } else if (lines.isEmpty() && errors.isEmpty()) {
      errors.add(LineError.at(1, Problem.of("noAssets", "The file lists no assets")));
    }
    return new Parsed(lines, sorted(errors));
  }

  /**
   * Every problem of a file: those of {@link #parse} and those its good lines have with the
   * register, by line number.
   */
  public static List<LineError> check(Parsed parsed, Register register) {
    List<LineError> errors = new ArrayList<>(parsed.errors());
    Set<String> registered =
        register.registered(parsed.lines().stream().map(l -> l.asset().serialNo()).toList());
    Map<String, Boolean> terminals = new LinkedHashMap<>();
    Map<String, Boolean> contracts = new LinkedHashMap<>();
    for (Line line : parsed.lines()) {
      NewAsset a = line.asset();
      if (registered.contains(a.serialNo())) {
        errors.add(
            LineError.at(
                line.line(),
                Problem.of(
                    "registered",
                    "The serial number " + a.serialNo() + " is registered already",
                    a.serialNo())));
      }
      if (a.terminalCode() != null
          && !terminals.computeIfAbsent(a.terminalCode(), register::terminalExists)) {
        errors.add(
            LineError.at(
                line.line(),
                Problem.of(
                    "noTerminal",
                    "No terminal has the code " + a.terminalCode(),
                    a.terminalCode())));
      }
      if (a.contractCode() != null
          && !contracts.computeIfAbsent(a.contractCode(), register::contractExists)) {
        errors.add(
            LineError.at(
                line.line(),
                Problem.of(
                    "noContract",
                    "No service contract has the code " + a.contractCode(),
                    a.contractCode())));
      }
    }
    return sorted(errors);
  }

  private static NewAsset asset(CSVRecord record, List<Problem> problems) {
    if (record.size() != COLUMNS.size()) {
      problems.add(
          Problem.of(
              "fieldCount",
              "A line has "
                  + COLUMNS.size()
                  + " fields ("
                  + HEADER
                  + "); this one has "
                  + record.size(),
              COLUMNS.size(),
              record.size()));
      return null;
    }
    String serial = required(record, 0, 64, problems);
    AssetType type = null;
    String typeText = required(record, 1, 16, problems);
    if (typeText != null) {
      try {
        type = AssetType.valueOf(typeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        String types =
            Arrays.stream(AssetType.values()).map(Enum::name).collect(Collectors.joining(", "));
        problems.add(
            Problem.of(
                "unknownType",
                "Unknown type " + typeText + " (one of " + types + ")",
                typeText,
                types));
      }
    }
    String model = required(record, 2, 100, problems);
    String location = required(record, 3, 100, problems);
    String supplier = required(record, 4, 100, problems);
    LocalDate acceptedOn = date(record, 5, true, problems);
    LocalDate warrantyEnd = date(record, 6, false, problems);
    if (acceptedOn != null && warrantyEnd != null && warrantyEnd.isBefore(acceptedOn)) {
      problems.add(
          Problem.of(
              "warrantyBeforeAcceptance",
              "The warranty end " + warrantyEnd + " is before the acceptance " + acceptedOn,
              warrantyEnd,
              acceptedOn));
    }
    String terminal = optional(record, 7, 8, problems);
    String contract = optional(record, 8, 32, problems);
    String note = optional(record, 9, 200, problems);
    if (!problems.isEmpty()) {
      return serial == null
          ? null
          : new NewAsset(
              serial, type, model, location, supplier, acceptedOn, null, null, null, null);
    }
    return new NewAsset(
        serial, type, model, location, supplier, acceptedOn, warrantyEnd, terminal, contract, note);
  }

  private static String required(CSVRecord record, int i, int max, List<Problem> problems) {
    String value = record.get(i).strip();
    if (value.isEmpty()) {
      problems.add(
          Problem.of("missing", "The field " + COLUMNS.get(i) + " is missing", COLUMNS.get(i)));
      return null;
    }
    return withinLength(value, i, max, problems);
  }

  private static String optional(CSVRecord record, int i, int max, List<Problem> problems) {
    String value = record.get(i).strip();
    return value.isEmpty() ? null : withinLength(value, i, max, problems);
  }

  private static String withinLength(String value, int i, int max, List<Problem> problems) {
    if (value.length() > max) {
      problems.add(
          Problem.of(
              "tooLong",
              "The field " + COLUMNS.get(i) + " is longer than " + max + " characters",
              COLUMNS.get(i),
              max));
      return null;
    }
    return value;
  }

  private static LocalDate date(CSVRecord record, int i, boolean required, List<Problem> problems) {
    String value = required ? required(record, i, 10, problems) : optional(record, i, 10, problems);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(
          Problem.of(
              "notDate",
              "The field " + COLUMNS.get(i) + " is not a date such as 2026-09-01: " + value,
              COLUMNS.get(i),
              value));
      return null;
    }
  }

  /**
   * The line a record starts on: the lines before its first character, past the empty lines the
   * parser skipped to reach it.
   */
  private static int lineOf(String csv, long position) {
    int p = (int) Math.min(position, csv.length());
    while (p < csv.length() && (csv.charAt(p) == '\n' || csv.charAt(p) == '\r')) {
      p++;
    }
    int line = 1;
    for (int i = 0; i < p; i++) {
      if (csv.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int countLinesWithErrors(List<LineError> errors) {
    return (int) errors.stream().mapToInt(LineError::line).distinct().count();
  }

  private static List<LineError> sorted(List<LineError> errors) {
    List<LineError> all = new ArrayList<>(new LinkedHashSet<>(errors));
    all.sort(null);
    return List.copyOf(all);
  }
}
