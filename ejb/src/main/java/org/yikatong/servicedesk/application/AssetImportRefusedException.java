package org.yikatong.servicedesk.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;

/**
 * An asset file refused whole (400): every problem found, by line; nothing of the file was
 * registered.
 */
@ApplicationException(rollback = true)
public class AssetImportRefusedException extends RequestRefusedException {

  private static final long serialVersionUID = 1L;

  private final List<LineError> lines;

  public AssetImportRefusedException(List<LineError> lines) {
    super(
        Kind.INVALID,
        "The asset file was refused: "
            + lines.size()
            + (lines.size() == 1 ? " problem" : " problems")
            + "; nothing was imported",
        lines.stream().map(LineError::toString).toList());
    this.lines = List.copyOf(lines);
  }

  /** The problems, by line number. */
  public List<LineError> lines() {
    return lines;
  }
}
