package org.yikatong.security.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records each call of the annotated business method, or of every business method of the annotated
 * bean, in the audit trail ({@link AuditInterceptor}): who, what, which target, from where, and
 * whether it succeeded, was refused or failed. On a bean, methods whose names say they only read
 * ({@code get}, {@code find}, {@code list}, {@code search}, {@code details}, {@code export}, {@code
 * page}, {@code count}) and methods marked {@link NotAudited} are left out; a method annotated
 * itself is always recorded.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

  /**
   * The action's name in the trail, such as {@code terminal.disable}; the bean's simple class name
   * and the method's ({@code TerminalAdministration.disable}) when empty. Only meaningful on a
   * method.
   */
  @Nonbinding
  String value() default "";
}
