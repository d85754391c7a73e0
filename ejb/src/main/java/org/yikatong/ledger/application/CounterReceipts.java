package org.yikatong.ledger.application;

/** Prints a counter receipt. */
public interface CounterReceipts {

  /** The receipt as a PDF's bytes. */
  byte[] render(CounterReceipt receipt);
}
