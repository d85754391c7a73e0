package org.yikatong.web.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request body limit of one resource method, in place of the API's general one ({@link
 * RequestBodyLimits#SETTING}): for a method that takes a file rather than a small JSON document.
 * {@link RequestBodyLimits} enforces it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

  /** The setting (system property or environment variable) that holds the limit in bytes. */
  String setting();

  /** The limit in bytes when the setting is not given. */
  long defaultBytes();

  /** What the body is, as the refusal names it, such as "A subsidy file". */
  String subject();
}
