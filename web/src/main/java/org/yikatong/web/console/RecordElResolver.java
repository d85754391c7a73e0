package org.yikatong.web.console;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lets the pages read the components of a record as properties ({@code #{row.title}} calls {@code
 * title()}), as Expression Language 6 does by itself; the pages' rows are records. Read only: a
 * record's components are final.
 */
public class RecordElResolver extends ELResolver {

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  private static Method accessor(Object base, Object property) {
    if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) {
      return null;
    }
    return ACCESSORS
        .computeIfAbsent(
            base.getClass(),
            type ->
                Stream.of(type.getRecordComponents())
                    .collect(
                        Collectors.toUnmodifiableMap(
                            RecordComponent::getName, RecordComponent::getAccessor)))
        .get(name);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      accessor.setAccessible(true);
      return accessor.invoke(base);
    } catch (IllegalAccessException e) {
      throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new ELException(
          "Reading " + property + " of " + base.getClass().getName() + " failed", e.getCause());
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null; // read only
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(
          property + " of the record " + base.getClass().getName() + " cannot be written");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }
}
