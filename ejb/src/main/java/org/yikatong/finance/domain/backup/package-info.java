/**
 * The journal's nightly export and its restore check: the record of each exported business day
 * (which also claims the day, so that one node of the cluster exports it), the entries as the
 * export holds them, the checksum file, and the comparison of an export with the live ledger that
 * finds the first entry where they part.
 */
package org.yikatong.finance.domain.backup;
