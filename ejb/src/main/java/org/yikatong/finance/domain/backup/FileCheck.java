package org.yikatong.finance.domain.backup;

/**
 * One data file of an export as the restore check found it: whether it is there, its size and
 * SHA-256 now, the SHA-256 the checksum file lists for it, and the one recorded when the export was
 * written (null where unknown, as after a restore of the database from before the export).
 */
public record FileCheck(
    String name,
    boolean present,
    long bytes,
    String actualSha256,
    String listedSha256,
    String recordedSha256) {

  /** A file that is not there. */
  public static FileCheck missing(String name, String listedSha256, String recordedSha256) {
    return new FileCheck(name, false, 0, null, listedSha256, recordedSha256);
  }

  /** Whether the file is there and its SHA-256 is the one the checksum file lists. */
  public boolean matchesChecksumFile() {
    return present && actualSha256 != null && actualSha256.equals(listedSha256);
  }

  /**
   * Whether the file is the one written at the export: its SHA-256 is the recorded one; null when
   * none was recorded.
   */
  public Boolean matchesRecord() {
    if (recordedSha256 == null) {
      return null;
    }
    return present && recordedSha256.equals(actualSha256);
  }
}
