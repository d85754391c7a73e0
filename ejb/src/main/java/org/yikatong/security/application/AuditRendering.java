package org.yikatong.security.application;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.AuditOutcome;

/**
 * How an audited call is written down, as plain Java: the action's name, its target, a summary of
 * its arguments with secrets masked, and its outcome from what it threw.
 *
 * <p>Secrets never appear: an argument, record component or property whose name has a word such as
 * pin, password, secret, key or token (by camel case, so {@code newPin} and {@code apiKey} but not
 * {@code opinion}) is shown as {@value #MASK}, and so is every {@code char[]} and {@code byte[]}.
 * Keys that name something rather than unlock it ({@code recipientKey}, {@code businessKey}) are
 * shown. Long texts are cut; objects that are neither values nor records show only their type and
 * identifying property, never their {@code toString()}.
 */
public final class AuditRendering {

  /** What a secret is shown as. */
  public static final String MASK = "***";

  /** Method name beginnings that say a method only reads. */
  static final List<String> READ_ONLY_PREFIXES =
      List.of("get", "find", "list", "search", "details", "export", "page", "count");

  private static final Set<String> SECRET_WORDS =
      Set.of(
          "pin",
          "pins",
          "password",
          "passwords",
          "passwd",
          "pwd",
          "secret",
          "secrets",
          "key",
          "keys",
          "token",
          "tokens",
          "credential",
          "credentials",
          "cipher",
          "mac");

  private static final Set<String> NAMING_KEYS =
      Set.of("recipientkey", "businesskey", "repeatkey", "idempotencykey");

  private static final int TEXT_LENGTH = 200;
  private static final int ELEMENTS = 5;
  private static final int DEPTH = 2;

  private AuditRendering() {}

  /** Whether a method's name says it only reads. */
  public static boolean isReadOnlyName(String methodName) {
    for (String prefix : READ_ONLY_PREFIXES) {
      if (methodName.equals(prefix)
          || (methodName.startsWith(prefix)
              && methodName.length() > prefix.length()
              && Character.isUpperCase(methodName.charAt(prefix.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a call of the method is recorded: when the method itself is {@link Audited}, or its
   * bean is and the method neither is {@link NotAudited} nor has a read-only name.
   */
  public static boolean isRecorded(Method method) {
    if (method.isAnnotationPresent(Audited.class)) {
      return true;
    }
    return !method.isAnnotationPresent(NotAudited.class) && !isReadOnlyName(method.getName());
  }

  /**
   * The action's name: the method's {@link Audited#value()} when given, else the bean's simple
   * class name (past any container subclass) and the method's name.
   */
  public static String action(Class<?> beanClass, Method method) {
    Audited audited = method.getAnnotation(Audited.class);
    if (audited != null && !audited.value().isBlank()) {
      return audited.value();
    }
    Class<?> c = beanClass == null ? method.getDeclaringClass() : beanClass;
    while (c.getSuperclass() != null
        && (c.isSynthetic() || c.getName().contains("$$") || c.getName().contains("$Proxy$"))) {
      c = c.getSuperclass();
    }
    return c.getSimpleName() + "." + method.getName();
  }

  /** Whether a name is that of a secret (see the class comment). */
  public static boolean isSecretName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    if (NAMING_KEYS.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String word : name.split("(?<=[a-z0-9])(?=[A-Z])|[_\\-.\\s]+")) {
      if (SECRET_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The target of a call: the first argument whose name identifies something ({@code ...No}, {@code
   * ...Id}, {@code ...Code}, {@code id}, {@code code}, a naming key, a user name), else such a
   * component of the first record argument that has one, else the first plain value; null when
   * there is none.
   */
  public static String target(String[] names, Object[] args) {
    if (args == null) {
      return null;
    }
    for (int i = 0; i < args.length; i++) {
      String name = nameAt(names, i);
      if (isIdentifying(name) && isPlain(args[i]) && !isSecretName(name)) {
        return plain(args[i]);
      }
    }
    for (Object arg : args) {
      if (arg != null && arg.getClass().isRecord()) {
        String id = identifyingComponent(arg);
        if (id != null) {
          return id;
        }
      }
    }
    for (int i = 0; i < args.length; i++) {
      String name = nameAt(names, i);
      if (isPlain(args[i]) && !(args[i] instanceof Boolean) && !isSecretName(name)) {
        return plain(args[i]);
      }
    }
    return null;
  }

  /**
   * The target named by what a call returned, for calls whose arguments name none (a new ticket's
   * number, a new article's id): a plain value itself, or the first identifying component or getter
   * of a record or an entity.
   */
  public static String targetOf(Object result) {
    if (result == null || result instanceof Boolean) {
      return null;
    }
    if (isPlain(result)) {
      return plain(result);
    }
    if (result.getClass().isRecord()) {
      return identifyingComponent(result);
    }
    return identifyingGetter(result);
  }

  /**
   * The summary of a call: the before → after descriptions its beans added, then each argument as
   * {@code name=value}, secrets masked.
   */
  public static String summary(List<String> changes, String[] names, Object[] args) {
    StringJoiner out = new StringJoiner("; ");
    if (changes != null) {
      changes.forEach(out::add);
    }
    if (args != null) {
      StringJoiner arguments = new StringJoiner(", ");
      for (int i = 0; i < args.length; i++) {
        if (args[i] != null) {
          String name = nameAt(names, i);
          arguments.add(name + "=" + render(name, args[i], 0));
        }
      }
      if (arguments.length() > 0) {
        out.add(arguments.toString());
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** A change as {@code before → after}, each side rendered like an argument. */
  public static String change(Object before, Object after) {
    return render(null, before, 0) + " → " + render(null, after, 0);
  }

  /**
   * The outcome a thrown exception stands for: {@link AuditOutcome#REFUSED} for a refusal the
   * caller can act on (a {@link RequestRefusedException}, a bean validation failure, a role that
   * does not allow a call made inside the action), also when an EJB wrapped it; {@link
   * AuditOutcome#FAILED} for anything else.
   */
  public static AuditOutcome outcomeOf(Throwable failure) {
    return refusal(failure) != null ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
  }

  /**
   * What the audit trail says of a failure: a refusal's message (a validation failure's fields and
   * messages, never their values), or only the type of an unexpected failure, whose message may
   * carry anything and is in the server log.
   */
  public static String reason(Throwable failure) {
    Throwable refusal = refusal(failure);
    if (refusal instanceof ConstraintViolationException cve) {
      return "invalid: "
          + cve.getConstraintViolations().stream()
              .map(AuditRendering::violation)
              .sorted()
              .collect(Collectors.joining("; "));
    }
    if (refusal instanceof RequestRefusedException refused) {
      return refused.kind().name().toLowerCase(Locale.ROOT) + ": " + text(refused.getMessage());
    }
    if (refusal != null) {
      return "access denied";
    }
    Throwable shown = failure;
    while (shown instanceof EJBException && shown.getCause() != null) {
      shown = shown.getCause();
    }
    return "failed: " + shown.getClass().getName();
  }

  private static Throwable refusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RequestRefusedException
          || t instanceof ConstraintViolationException
          || t instanceof EJBAccessException) {
        return t;
      }
      if (!(t instanceof EJBException) || t.getCause() == t) {
        return null;
      }
    }
    return null;
  }

  private static String violation(ConstraintViolation<?> v) {
    String property = v.getPropertyPath() == null ? "" : v.getPropertyPath().toString();
    int dot = property.lastIndexOf('.');
    return (dot < 0 ? property : property.substring(dot + 1)) + " " + v.getMessage();
  }

  /** A value, secrets masked, texts cut, records and collections shown to a small depth. */
  static String render(String name, Object value, int depth) {
    if (value == null) {
      return "null";
    }
    if (isSecretName(name) || value instanceof char[] || value instanceof byte[]) {
      return MASK;
    }
    if (isPlain(value)) {
      return plain(value);
    }
    if (depth >= DEPTH) {
      return value.getClass().getSimpleName();
    }
    if (value.getClass().isRecord()) {
      StringJoiner parts = new StringJoiner(", ", value.getClass().getSimpleName() + "{", "}");
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        Object v = component(value, c);
        if (v != null) {
          parts.add(c.getName() + "=" + render(c.getName(), v, depth + 1));
        }
      }
      return parts.toString();
    }
    if (value instanceof Collection<?> collection) {
      return elements(collection.iterator(), collection.size(), depth);
    }
    if (value.getClass().isArray()) {
      int length = Array.getLength(value);
      return elements(arrayIterator(value, length), length, depth);
    }
    if (value instanceof Map<?, ?> map) {
      return "{" + map.size() + " entries}";
    }
    String id = identifyingGetter(value);
    return value.getClass().getSimpleName() + (id == null ? "" : " " + id);
  }

  private static Iterator<Object> arrayIterator(Object array, int length) {
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < length;
      }

      @Override
      public Object next() {
        return Array.get(array, i++);
      }
    };
  }

  private static String elements(Iterator<?> it, int size, int depth) {
    StringJoiner parts = new StringJoiner(", ", "[", "]");
    int shown = 0;
    while (it.hasNext() && shown < ELEMENTS) {
      parts.add(render(null, it.next(), depth + 1));
      shown++;
    }
    if (size > shown) {
      parts.add("… (" + size + ")");
    }
    return parts.toString();
  }

  private static boolean isPlain(Object value) {
    return value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>
        || value instanceof TemporalAccessor
        || value instanceof UUID;
  }

  private static String plain(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return text(value.toString());
  }

  /** A text on one line, cut to a readable length. */
  private static String text(String s) {
    if (s == null) {
      return "null";
    }
    String line = s.replaceAll("[\\r\\n\\t]+", " ").strip();
    return line.length() <= TEXT_LENGTH ? line : line.substring(0, TEXT_LENGTH) + "…";
  }

  private static boolean isIdentifying(String name) {
    if (name == null || name.matches("arg\\d+")) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return name.endsWith("No")
        || name.endsWith("Id")
        || name.endsWith("Code")
        || name.endsWith("Number")
        || lower.equals("id")
        || lower.equals("code")
        || lower.equals("number")
        || lower.equals("username")
        || NAMING_KEYS.contains(lower);
  }

  private static String identifyingComponent(Object record) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (isIdentifying(c.getName()) && !isSecretName(c.getName())) {
        Object v = component(record, c);
        if (v != null && isPlain(v)) {
          return plain(v);
        }
      }
    }
    return null;
  }

  private static Object component(Object record, RecordComponent c) {
    try {
      Method accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The value of the public no-argument getter with the most specific identifying name ({@code
   * getTicketNo} before {@code getCode} before {@code getId}); only plain values.
   */
  private static String identifyingGetter(Object value) {
    Method best = null;
    int bestRank = Integer.MAX_VALUE;
    String bestName = null;
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || !m.getName().startsWith("get")
          || m.getName().length() <= 3
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      String property = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
      if (!isIdentifying(property) || isSecretName(property)) {
        continue;
      }
      int rank = rank(property);
      if (rank < bestRank || (rank == bestRank && property.compareTo(bestName) < 0)) {
        best = m;
        bestRank = rank;
        bestName = property;
      }
    }
    return best == null ? null : invokePlain(value, best);
  }

  private static int rank(String property) {
    if (property.endsWith("No")) {
      return 0;
    }
    if (property.endsWith("Code") || property.equals("code")) {
      return 1;
    }
    if (property.endsWith("Number") || property.equals("number")) {
      return 2;
    }
    if (property.endsWith("Id")) {
      return 4;
    }
    return property.equals("id") ? 5 : 3;
  }

  private static String invokePlain(Object target, Method getter) {
    try {
      Object v = getter.invoke(target);
      return v != null && isPlain(v) ? plain(v) : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static String nameAt(String[] names, int i) {
    return names != null && i < names.length ? names[i] : "arg" + i;
  }
}
