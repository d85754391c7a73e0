/**
 * A terminal gateway on the command line: the client side of the terminal contract, built on the
 * same protocol codec as the adapter. It plays many terminals over a few connections and reports
 * what it was answered; the integration tests and benchmarks drive it. See {@code
 * docs/gateway-simulator.md}.
 */
package org.yikatong.simulator;
