package org.yikatong.monitoring.infrastructure;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Makes the application's meters on the registry that WildFly's Prometheus endpoint reads.
 *
 * <p>WildFly 39 gives a deployment a wrapper of its registry that passes on only the meters made by
 * its shortcut methods ({@code counter(name, tags)}, {@code timer(name, tags)}, {@code
 * gauge(...)}); a meter made by a builder, the only way to give a timer the buckets of a histogram,
 * stays inside the wrapper, never reaches {@code /metrics}, and each one logs "MeterRegistry.Config
 * is not supported". So the meters are made on the registry the wrapper stands for, taken once from
 * the wrapper's {@code parentRegistry} field; a registry without that field (no such wrapper) is
 * used as it is.
 *
 * <p>That registry outlives the deployment: every meter made here is removed when the application
 * stops, so that a redeployed application makes fresh meters instead of finding the old ones with
 * the old application's objects behind its gauges.
 */
@ApplicationScoped
public class ExportedMeters {

  private static final Logger LOG = Logger.getLogger(ExportedMeters.class.getName());

  private final MeterRegistry registry;
  private final List<Meter> made = new CopyOnWriteArrayList<>();

  @Inject
  public ExportedMeters(MeterRegistry injected) {
    this.registry = behind(injected);
  }

  /** For the container's client proxy only. */
  protected ExportedMeters() {
    this.registry = null;
  }

  /** Makes a meter on the exported registry and keeps it for removal when the application stops. */
  public <M extends Meter> M make(Function<MeterRegistry, M> maker) {
    M meter = maker.apply(registry);
    made.add(meter);
    return meter;
  }

  @PreDestroy
  void removeAll() {
    made.forEach(registry::remove);
    made.clear();
  }

  /** The registry a WildFly deployment registry wraps, or the registry itself. */
  static MeterRegistry behind(MeterRegistry registry) {
    for (Class<?> c = registry.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field parent = c.getDeclaredField("parentRegistry");
        if (MeterRegistry.class.isAssignableFrom(parent.getType())) {
          parent.setAccessible(true);
          MeterRegistry wrapped = (MeterRegistry) parent.get(registry);
          if (wrapped != null) {
            return wrapped;
          }
        }
      } catch (NoSuchFieldException e) {
        // not declared at this level of the class
      } catch (ReflectiveOperationException | RuntimeException e) {
        LOG.warning(
            () ->
                "The registry behind " + registry.getClass().getName() + " is out of reach: " + e);
        return registry;
      }
    }
    return registry;
  }
}
