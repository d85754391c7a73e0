/**
 * The finance office's services: statements and reconciliation runs, settlement, reports, backups.
 */
package org.yikatong.finance.application;
