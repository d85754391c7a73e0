package org.yikatong.cardadapter;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The card adapter knows nothing of the application: it moves frames and events, and hands them to
 * whatever endpoint the deployment binds. Checked over the adapter's three parts on this module's
 * class path: the api jar (listener interfaces and records), the protocol codec and the rar itself.
 */
@AnalyzeClasses(packages = "org.yikatong", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

  @ArchTest
  static final ArchRule adapter_imports_no_application =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.cardadapter..")
          .should()
          .dependOnClassesThat(
              describe(
                  "are Yikatong classes outside the card adapter",
                  c ->
                      c.getPackageName().startsWith("org.yikatong.")
                          && !c.getPackageName().startsWith("org.yikatong.cardadapter")))
          .because("the adapter knows nothing of the ledger, cards or terminals");

  @ArchTest
  static final ArchRule api_stands_alone =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.cardadapter.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.yikatong.cardadapter.protocol..",
              "org.yikatong.cardadapter.inbound..",
              "org.yikatong.cardadapter.outbound..",
              "org.jpos..")
          .because("the api jar is shared by the rar and the ejb module and carries no protocol");

  @ArchTest
  static final ArchRule protocol_is_plain_java =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.cardadapter.protocol..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.yikatong.cardadapter.inbound..",
              "org.yikatong.cardadapter.outbound..",
              "jakarta.resource..")
          .because("the codec is plain Java, testable without a server");
}
