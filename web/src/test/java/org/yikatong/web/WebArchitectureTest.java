package org.yikatong.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web module is an interface beside the gateway MDBs: REST resources and console views
 * translate requests into calls of the application services and hand off. They never reach into an
 * area's infrastructure, the database, the gateway or the bootstrap.
 */
@AnalyzeClasses(packages = "org.yikatong.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  @ArchTest
  static final ArchRule web_uses_application_services_only =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.yikatong.*.infrastructure..",
              "org.yikatong.gateway..",
              "org.yikatong.bootstrap..")
          .because("the web tier translates and hands off to application services");

  @ArchTest
  static final ArchRule web_writes_no_queries =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.web..")
          .should()
          .dependOnClassesThat(
              describe(
                  "are part of the JPA or JDBC API (other than its exceptions)",
                  c ->
                      (c.getPackageName().startsWith("jakarta.persistence")
                              || c.getPackageName().equals("java.sql")
                              || c.getPackageName().equals("javax.sql"))
                          && !c.isAssignableTo(Throwable.class)))
          .because(
              "the web tier holds no business rules and reads nothing but through the EJBs; it may"
                  + " only recognise a database error to answer it");

  @ArchTest
  static final ArchRule rest_and_console_stay_apart =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.web.rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.yikatong.web.console..")
          .orShould()
          .dependOnClassesThat(
              describe(
                  "are PrimeFaces or JSF classes",
                  c ->
                      c.getPackageName().startsWith("org.primefaces")
                          || c.getPackageName().startsWith("jakarta.faces")));
}
