package org.yikatong.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The console's view and session state lives in the HTTP session, which the cluster replicates to
 * another node (the web module is distributable) and hands to a node that joins: everything it
 * holds must be serializable, or the session is lost with its node and a joining node waits for a
 * state transfer that fails. This walks every field of every view-, session- and
 * conversation-scoped bean, and of the types they hold, down to the JDK's own types.
 */
class SessionStateSerializableTest {

  @Test
  void everythingTheConsoleKeepsInTheSessionIsSerializable() {
    Set<String> problems = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    int beans = 0;
    for (JavaClass javaClass :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yikatong.web")) {
      if (javaClass.isAnnotatedWith(ViewScoped.class)
          || javaClass.isAnnotatedWith(SessionScoped.class)
          || javaClass.isAnnotatedWith(ConversationScoped.class)) {
        beans++;
        check(javaClass.reflect(), javaClass.getSimpleName(), problems, seen);
      }
    }
    assertEquals(List.of(), new ArrayList<>(problems), beans + " session-held beans checked");
  }

  private static void check(Class<?> type, String path, Set<String> problems, Set<Class<?>> seen) {
    if (type.isPrimitive()
        || type.isEnum()
        || type == String.class
        || Number.class.isAssignableFrom(type) && type.getName().startsWith("java.")
        || type == Boolean.class
        || type == Character.class
        || Temporal.class.isAssignableFrom(type) && type.getName().startsWith("java.time")
        || !seen.add(type)) {
      return;
    }
    if (type.isArray()) {
      check(type.getComponentType(), path + "[]", problems, seen);
      return;
    }
    boolean ours = type.getName().startsWith("org.yikatong");
    if (!Serializable.class.isAssignableFrom(type)
        && !(type.isInterface() && !ours)
        && !Collection.class.isAssignableFrom(type)
        && !Map.class.isAssignableFrom(type)
        && type != Optional.class
        && type != Object.class) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    if (type == Optional.class) {
      problems.add(path + ": Optional is not Serializable");
      return;
    }
    if (!ours) {
      return; // the JDK's and the libraries' serializable types
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isAnnotationPresent(EJB.class)
            || field.isSynthetic()) {
          continue;
        }
        checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type type, String path, Set<String> problems, Set<Class<?>> seen) {
    if (type instanceof Class<?> c) {
      check(c, path, problems, seen);
    } else if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class) {
        problems.add(path + ": Optional is not Serializable");
        return;
      }
      if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
        check(raw, path, problems, seen);
      }
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        checkType(bound, path, problems, seen);
      }
    }
  }
}
