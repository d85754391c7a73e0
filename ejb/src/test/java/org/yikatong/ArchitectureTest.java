package org.yikatong;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.MessageDriven;
import jakarta.persistence.Entity;

/**
 * The layer map of docs/architecture.md, checked on every build. The areas stand on floors and only
 * look down:
 *
 * <pre>
 * bootstrap
 * gateway (the terminal gateways' MDBs; the web module is the other interface)
 * overview
 * emergency
 * inspection | spareparts | monitoring   (one floor: none sees the others)
 * servicedesk | finance          (one floor: neither sees the other)
 * ledger
 * terminal
 * card
 * notification | cluster        (one floor: neither sees the other)
 * security
 * kernel
 * </pre>
 *
 * Inside an area, {@code infrastructure} may use {@code application} and {@code domain}, {@code
 * application} may use {@code domain}, and {@code domain} uses neither. Each failure names the
 * offending classes and the line of the dependency.
 */
@AnalyzeClasses(packages = "org.yikatong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String KERNEL = "org.yikatong.kernel..";
  private static final String SECURITY = "org.yikatong.security..";
  private static final String NOTIFICATION = "org.yikatong.notification..";
  private static final String CLUSTER = "org.yikatong.cluster..";
  private static final String CARD = "org.yikatong.card..";
  private static final String TERMINAL = "org.yikatong.terminal..";
  private static final String LEDGER = "org.yikatong.ledger..";
  private static final String SERVICE_DESK = "org.yikatong.servicedesk..";
  private static final String FINANCE = "org.yikatong.finance..";
  private static final String INSPECTION = "org.yikatong.inspection..";
  private static final String SPARE_PARTS = "org.yikatong.spareparts..";
  private static final String MONITORING = "org.yikatong.monitoring..";
  private static final String EMERGENCY = "org.yikatong.emergency..";
  private static final String OVERVIEW = "org.yikatong.overview..";
  private static final String GATEWAY = "org.yikatong.gateway..";
  private static final String BOOTSTRAP = "org.yikatong.bootstrap..";

  @ArchTest
  static final ArchRule areas_form_no_cycles =
      slices()
          .matching("org.yikatong.(*)..")
          .namingSlices("area $1")
          .should()
          .beFreeOfCycles()
          .because("each area stands on the floors below it");

  @ArchTest
  static final ArchRule areas_only_look_down =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("kernel")
          .definedBy(KERNEL)
          .layer("security")
          .definedBy(SECURITY)
          .layer("notification")
          .definedBy(NOTIFICATION)
          .layer("cluster")
          .definedBy(CLUSTER)
          .layer("card")
          .definedBy(CARD)
          .layer("terminal")
          .definedBy(TERMINAL)
          .layer("ledger")
          .definedBy(LEDGER)
          .layer("servicedesk")
          .definedBy(SERVICE_DESK)
          .layer("finance")
          .definedBy(FINANCE)
          .layer("inspection")
          .definedBy(INSPECTION)
          .layer("spareparts")
          .definedBy(SPARE_PARTS)
          .layer("monitoring")
          .definedBy(MONITORING)
          .layer("emergency")
          .definedBy(EMERGENCY)
          .layer("overview")
          .definedBy(OVERVIEW)
          .layer("gateway")
          .definedBy(GATEWAY)
          .layer("bootstrap")
          .definedBy(BOOTSTRAP)
          .whereLayer("bootstrap")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("gateway")
          .mayOnlyBeAccessedByLayers("bootstrap")
          .whereLayer("overview")
          .mayOnlyBeAccessedByLayers("gateway", "bootstrap")
          .whereLayer("emergency")
          .mayOnlyBeAccessedByLayers("overview", "gateway", "bootstrap")
          .whereLayer("inspection")
          .mayOnlyBeAccessedByLayers("emergency", "overview", "gateway", "bootstrap")
          .whereLayer("spareparts")
          .mayOnlyBeAccessedByLayers("emergency", "overview", "gateway", "bootstrap")
          .whereLayer("monitoring")
          .mayOnlyBeAccessedByLayers("emergency", "overview", "gateway", "bootstrap")
          .whereLayer("servicedesk")
          .mayOnlyBeAccessedByLayers(
              "inspection",
              "spareparts",
              "monitoring",
              "emergency",
              "overview",
              "gateway",
              "bootstrap")
          .whereLayer("finance")
          .mayOnlyBeAccessedByLayers("emergency", "overview", "gateway", "bootstrap")
          .whereLayer("ledger")
          .mayOnlyBeAccessedByLayers(
              "servicedesk",
              "finance",
              "inspection",
              "spareparts",
              "monitoring",
              "emergency",
              "overview",
              "gateway",
              "bootstrap")
          .whereLayer("terminal")
          .mayOnlyBeAccessedByLayers(
              "ledger",
              "servicedesk",
              "finance",
              "inspection",
              "spareparts",
              "monitoring",
              "emergency",
              "overview",
              "gateway",
              "bootstrap")
          .whereLayer("card")
          .mayOnlyBeAccessedByLayers(
              "terminal",
              "ledger",
              "servicedesk",
              "finance",
              "inspection",
              "spareparts",
              "monitoring",
              "emergency",
              "overview",
              "gateway",
              "bootstrap")
          .whereLayer("notification")
          .mayOnlyBeAccessedByLayers(
              "card",
              "terminal",
              "ledger",
              "servicedesk",
              "finance",
              "inspection",
              "spareparts",
              "monitoring",
              "emergency",
              "overview",
              "gateway",
              "bootstrap")
          .whereLayer("cluster")
          .mayOnlyBeAccessedByLayers(
              "card",
              "terminal",
              "ledger",
              "servicedesk",
              "finance",
              "inspection",
              "spareparts",
              "monitoring",
              "emergency",
              "overview",
              "gateway",
              "bootstrap")
          .whereLayer("security")
          .mayOnlyBeAccessedByLayers(
              "notification",
              "cluster",
              "card",
              "terminal",
              "ledger",
              "servicedesk",
              "finance",
              "inspection",
              "spareparts",
              "monitoring",
              "emergency",
              "overview",
              "gateway",
              "bootstrap")
          .because(
              "a higher area reaches a lower one through its application API or by id, never"
                  + " the other way round");

  @ArchTest
  static final ArchRule kernel_imports_no_area =
      noClasses()
          .that()
          .resideInAPackage(KERNEL)
          .should()
          .dependOnClassesThat(
              inOurAreas().and(describe("are outside the kernel", c -> !inPackage(c, "kernel"))))
          .because("the shared kernel is the ground floor");

  @ArchTest
  static final ArchRule layers_of_an_area_form_no_cycles =
      slices()
          .matching("org.yikatong.(*).(*)..")
          .namingSlices("$1.$2")
          .should()
          .beFreeOfCycles()
          .because(
              "inside an area, infrastructure uses application and domain, application uses"
                  + " domain");

  @ArchTest
  static final ArchRule aggregates_form_no_cycles =
      slices()
          .matching("org.yikatong.(*).domain.(*)..")
          .namingSlices("$1 aggregate $2")
          .should()
          .beFreeOfCycles();

  @ArchTest
  static final ArchRule domain_uses_neither_application_nor_infrastructure =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.yikatong.*.application..", "org.yikatong.*.infrastructure..", GATEWAY)
          .because("domain classes guard their own invariants and know no use case or technology");

  @ArchTest
  static final ArchRule domain_uses_no_web_and_no_queries =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..")
          .orShould()
          .dependOnClassesThat(jpaQueryApi())
          .because("entities are mapped with JPA annotations, but queries belong to repositories");

  @ArchTest
  static final ArchRule application_uses_no_infrastructure =
      noClasses()
          .that()
          .resideInAPackage("org.yikatong.*.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.yikatong.*.infrastructure..", GATEWAY)
          .because("an application service speaks to the outside through interfaces it owns");

  @ArchTest
  static final ArchRule one_persistence_style =
      noClasses()
          .that()
          .resideInAnyPackage("org.yikatong.*.application..", "org.yikatong.*.domain..")
          .should()
          .dependOnClassesThat(jpaQueryApi())
          .because(
              "every area reads and writes its aggregates through a repository in domain,"
                  + " implemented over JPA in infrastructure");

  @ArchTest
  static final ArchRule repositories_are_domain_interfaces =
      classes()
          .that()
          .areInterfaces()
          .and()
          .haveSimpleNameEndingWith("Repository")
          .should()
          .resideInAPackage("org.yikatong.*.domain..")
          .because("a repository belongs to its aggregate");

  @ArchTest
  static final ArchRule repository_implementations_are_infrastructure =
      classes()
          .that()
          .implement(
              describe("a repository interface", c -> c.getSimpleName().endsWith("Repository")))
          .should()
          .resideInAPackage("org.yikatong.*.infrastructure..");

  @ArchTest
  static final ArchRule message_driven_beans_are_the_gateway =
      classes()
          .that()
          .areAnnotatedWith(MessageDriven.class)
          .should()
          .resideInAPackage(GATEWAY)
          .because("the gateway MDBs are an interface beside the web tier");

  @ArchTest
  static final ArchRule tickets_are_reached_through_the_service_desk =
      noClasses()
          .that()
          .resideOutsideOfPackages(SERVICE_DESK, BOOTSTRAP)
          .should()
          .dependOnClassesThat(
              describe(
                  "are service desk entities",
                  c -> inPackage(c, "servicedesk") && c.isAnnotatedWith(Entity.class)))
          .because(
              "other areas name tickets by number and go through the service desk's"
                  + " application services");

  private static DescribedPredicate<JavaClass> inOurAreas() {
    return describe(
        "are in an area of org.yikatong",
        c -> c.getPackageName().startsWith("org.yikatong.") && !inPackage(c, "cardadapter"));
  }

  private static boolean inPackage(JavaClass c, String area) {
    String p = c.getPackageName();
    String prefix = "org.yikatong." + area;
    return p.equals(prefix) || p.startsWith(prefix + ".");
  }

  private static DescribedPredicate<JavaClass> jpaQueryApi() {
    return describe(
        "are part of the JPA query API (EntityManager, queries, criteria, lock modes)",
        c ->
            c.getPackageName().equals("jakarta.persistence.criteria")
                || c.getPackageName().startsWith("jakarta.persistence.criteria.")
                || (c.getPackageName().equals("jakarta.persistence")
                    && java.util.Set.of(
                            "EntityManager",
                            "EntityManagerFactory",
                            "PersistenceContext",
                            "Query",
                            "TypedQuery",
                            "StoredProcedureQuery",
                            "LockModeType",
                            "FlushModeType",
                            "Persistence",
                            "Tuple")
                        .contains(c.getSimpleName())));
  }
}
