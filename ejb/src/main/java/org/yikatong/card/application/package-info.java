/**
 * Use cases on cards that move no money (loss, found, freeze, PIN, limits) and the blacklist, each
 * one JTA transaction; the steps that post live in the ledger.
 */
package org.yikatong.card.application;
