/**
 * The statement files the finance office imported: each file once (by its SHA-256), stored whole
 * with every line, the account and business day it covers and the totals it declares.
 */
package org.yikatong.finance.domain.statementfile;
