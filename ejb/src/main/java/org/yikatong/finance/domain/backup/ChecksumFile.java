package org.yikatong.finance.domain.backup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checksum file of an export, in the format of GNU {@code sha256sum}: one line per file, its
 * SHA-256 in lower-case hex, two spaces (or a space and {@code *} for binary mode) and the file's
 * name. Names are bare file names in the same directory, so that {@code sha256sum -c} run there
 * verifies the export.
 */
public final class ChecksumFile {

  private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

  /** No file listed, as when the checksum file is missing. */
  public static final ChecksumFile NONE = new ChecksumFile(Map.of());

  private final Map<String, String> sums;

  private ChecksumFile(Map<String, String> sums) {
    this.sums = Collections.unmodifiableMap(sums);
  }

  /** The checksum file's text for these files, in this order. */
  public static String render(List<ExportFile> files) {
    StringBuilder text = new StringBuilder();
    for (ExportFile f : files) {
      if (f.name().contains("\n") || f.name().contains("/")) {
        throw new IllegalArgumentException("Not a bare file name: " + f.name());
      }
      text.append(f.sha256()).append("  ").append(f.name()).append('\n');
    }
    return text.toString();
  }

  /**
   * Reads a checksum file's text. Lines that are not a checksum and a name are left out: a file
   * they were to list then counts as not listed.
   */
  public static ChecksumFile parse(String text) {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String line : text.split("\n", -1)) {
      Matcher m = LINE.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      if (m.matches()) {
        sums.putIfAbsent(m.group(2), m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return new ChecksumFile(sums);
  }

  /** The SHA-256 the file lists for a name. */
  public Optional<String> sha256Of(String name) {
    return Optional.ofNullable(sums.get(name));
  }

  /** Every name listed, with its SHA-256, in the order of the file. */
  public Map<String, String> sums() {
    return sums;
  }
}
