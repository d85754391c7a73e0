package org.yikatong.monitoring.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExportedMetersTest {

  /** Stands for a server's per-deployment registry that wraps the exported one. */
  static class Wrapper extends SimpleMeterRegistry {
    @SuppressWarnings("unused")
    private final MeterRegistry parentRegistry;

    Wrapper(MeterRegistry parent) {
      this.parentRegistry = parent;
    }
  }

  @Test
  @DisplayName("meters are made on the registry a deployment wrapper stands for")
  void behindWrapper() {
    SimpleMeterRegistry exported = new SimpleMeterRegistry();
    Wrapper wrapper = new Wrapper(exported);
    ExportedMeters meters = new ExportedMeters(wrapper);

    meters.make(r -> Counter.builder("made").register(r)).increment();

    assertEquals(1.0, exported.get("made").counter().count());
    assertNull(wrapper.find("made").counter());
  }

  @Test
  @DisplayName("a registry that wraps none is used as it is")
  void plainRegistry() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    assertSame(registry, ExportedMeters.behind(registry));
  }

  @Test
  @DisplayName("the meters made are removed when the application stops")
  void removedAtStop() {
    SimpleMeterRegistry exported = new SimpleMeterRegistry();
    ExportedMeters meters = new ExportedMeters(new Wrapper(exported));
    meters.make(r -> Counter.builder("made").tag("n", "1").register(r));
    meters.make(r -> Counter.builder("made").tag("n", "2").register(r));
    Counter other = Counter.builder("other").register(exported);

    meters.removeAll();

    assertNull(exported.find("made").counter());
    assertNotNull(exported.find("other").counter());
    assertSame(other, exported.get("other").counter());
  }
}
