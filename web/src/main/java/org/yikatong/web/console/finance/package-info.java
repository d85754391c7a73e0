/**
 * The finance office's pages under {@code /finance/}, for finance, its approvers, auditors and
 * administrators: the hub with the day's figures, reconciliation of the channels' statements,
 * merchant settlement, adjustments under maker-checker, subsidy batches, the journal, the reports
 * and the accounts. Each page translates what the user does into calls of the ledger's and the
 * finance area's application services and shows what they answer; the services check every rule and
 * every role, and refuse what they do not allow (an auditor reads and changes nothing; a maker
 * never approves their own adjustment).
 */
package org.yikatong.web.console.finance;
