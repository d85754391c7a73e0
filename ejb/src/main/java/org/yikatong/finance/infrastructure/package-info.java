/**
 * The statement file readers, the JPA repositories of the finance area, and its writers of CSV, PDF
 * and the journal's nightly export.
 */
package org.yikatong.finance.infrastructure;
