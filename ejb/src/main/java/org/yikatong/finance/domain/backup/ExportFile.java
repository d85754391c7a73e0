package org.yikatong.finance.domain.backup;

import java.util.Objects;
import java.util.regex.Pattern;

/** A file of an export: its name in the day's directory, its size in bytes and its SHA-256. */
public record ExportFile(String name, long bytes, String sha256) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ExportFile {
    Objects.requireNonNull(name, "name");
    if (bytes < 0) {
      throw new IllegalArgumentException("A file has no negative size: " + bytes);
    }
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
    }
  }
}
