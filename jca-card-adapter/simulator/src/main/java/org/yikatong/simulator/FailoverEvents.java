package org.yikatong.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * What the gateways of the failover load went through, with the wall-clock time in milliseconds:
 * {@code lost} (their connection ended), {@code connected} (to which address), {@code served} (the
 * first answer on a new connection).
 */
final class FailoverEvents {

  private final List<String> lines = new ArrayList<>();
  private int moves;

  synchronized void lost(int gateway, String address, String why) {
    lines.add(System.currentTimeMillis() + "," + gateway + ",lost," + address);
    System.out.println("gateway " + gateway + " lost " + address + ": " + why);
  }

  synchronized void connected(int gateway, String address, boolean move) {
    lines.add(System.currentTimeMillis() + "," + gateway + ",connected," + address);
    if (move) {
      moves++;
      System.out.println("gateway " + gateway + " moved to " + address);
    }
  }

  synchronized void served(int gateway, String address, long atMillis) {
    lines.add(atMillis + "," + gateway + ",served," + address);
  }

  synchronized int moves() {
    return moves;
  }

  synchronized List<String> lines() {
    List<String> all = new ArrayList<>();
    all.add("at_ms,gateway,event,address");
    all.addAll(lines);
    return all;
  }
}
