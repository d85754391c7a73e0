package org.yikatong.finance.application;

import java.util.Objects;

/**
 * A report as a file to download.
 *
 * @param fileName the file's name with its extension, ASCII (for {@code Content-Disposition})
 * @param mediaType {@code application/pdf} or {@code text/csv; charset=UTF-8}
 */
public record ReportFile(String fileName, String mediaType, byte[] content) {

  public static final String PDF = "application/pdf";
  public static final String CSV = "text/csv; charset=UTF-8";

  public ReportFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
  }
}
