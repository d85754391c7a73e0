package org.yikatong.kernel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.OfflineConnection;
import liquibase.database.core.OracleDatabase;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.structure.DatabaseObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Oracle DDL of the schema, generated offline (no Oracle server runs here) and checked: it is
 * written to {@code target/oracle/yikatong-oracle.sql} for review, uses no Oracle reserved word as
 * a name, keeps names within 30 characters, and runs in H2's Oracle compatibility mode.
 */
class OracleSchemaTest {

  static final Path DDL = Path.of("target", "oracle", "yikatong-oracle.sql");

  private static String sql;
  private static List<String> names;
  private static long tablesCreated;

  @BeforeAll
  static void generate() throws Exception {
    // Offline mode keeps its own history in a CSV file; start from none, so all DDL is rendered.
    Path history = DDL.resolveSibling("databasechangelog.csv").toAbsolutePath();
    Files.createDirectories(DDL.getParent());
    Files.deleteIfExists(history);
    ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor();
    OfflineConnection offline =
        new OfflineConnection(
            "offline:oracle?version=19.0&outputLiquibaseSql=none&changeLogFile=" + history,
            resources);
    Database oracle = new OracleDatabase();
    oracle.setConnection(offline);
    try (Liquibase liquibase = new Liquibase(SchemaMigrator.CHANGELOG, resources, oracle)) {
      StringWriter out = new StringWriter();
      liquibase.update(new Contexts(), new LabelExpression(), out);
      sql = out.toString();
      names = new ArrayList<>();
      for (ChangeSet changeSet : liquibase.getDatabaseChangeLog().getChangeSets()) {
        for (Change change : changeSet.getChanges()) {
          if (change instanceof CreateTableChange) {
            tablesCreated++;
          }
          for (DatabaseObject object : change.getAffectedDatabaseObjects(oracle)) {
            if (object.getName() != null) {
              names.add(object.getName());
            }
          }
        }
      }
    }
    Files.writeString(DDL, sql, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the Oracle DDL creates every table with Oracle types")
  void oracleTypes() {
    assertTrue(sql.contains("CREATE TABLE"), sql);
    assertTrue(sql.contains("NUMBER(38, 0)"), "BIGINT as an integral NUMBER");
    assertTrue(sql.contains("TIMESTAMP WITH TIME ZONE"), "instants keep their time zone");
    assertTrue(sql.contains("VARCHAR2("), "strings as VARCHAR2");
    assertFalse(sql.toUpperCase(Locale.ROOT).contains("BOOLEAN"), "no BOOLEAN before Oracle 23");
  }

  @Test
  @DisplayName(
      "no table, column, index, constraint or sequence is named by an Oracle reserved word")
  void noReservedWords() throws IOException {
    Set<String> reserved = reservedWords();
    Set<String> clashes = new TreeSet<>();
    for (String name : names) {
      if (reserved.contains(name.toUpperCase(Locale.ROOT))) {
        clashes.add(name);
      }
    }
    assertTrue(names.size() > 20, "names collected: " + names);
    assertEquals(Set.of(), clashes, "Oracle reserved words used as names");
  }

  @Test
  @DisplayName("every name fits Oracle's classic 30-character limit")
  void shortNames() {
    List<String> tooLong = names.stream().filter(n -> n.length() > 30).toList();
    assertEquals(List.of(), tooLong);
  }

  @Test
  @DisplayName("the Oracle DDL runs in H2's Oracle compatibility mode")
  void runsInOracleMode() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:mem:oracle-check;MODE=Oracle;DB_CLOSE_DELAY=-1");
        Statement s = c.createStatement()) {
      for (String statement : statements(withoutPlsql(sql))) {
        s.execute(statement);
      }
      var rs =
          s.executeQuery(
              "select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = 'PUBLIC'");
      rs.next();
      assertEquals(tablesCreated, rs.getLong(1), "every table of the changelog created");
    }
  }

  @Test
  @DisplayName("Oracle refuses updates and deletes of the audit trail by trigger")
  void auditTrailAppendOnly() {
    String trigger =
        sql.substring(sql.indexOf("CREATE OR REPLACE TRIGGER audit_entry_append_only"));
    assertTrue(trigger.contains("BEFORE UPDATE OR DELETE ON audit_entry"), trigger);
    assertTrue(trigger.contains("RAISE_APPLICATION_ERROR"), trigger);
    assertTrue(trigger.contains("END;"), "the PL/SQL block keeps its final semicolon");
  }

  /**
   * The script without its changesets of PL/SQL (triggers), which H2's Oracle mode cannot run and
   * whose inner semicolons are no statement ends.
   */
  static String withoutPlsql(String script) {
    StringBuilder kept = new StringBuilder();
    for (String changeSet : script.split("(?m)^(?=-- Changeset )")) {
      if (!changeSet.contains("CREATE OR REPLACE TRIGGER")) {
        kept.append(changeSet);
      }
    }
    return kept.toString();
  }

  /** Splits the script into statements, dropping comments and SQL*Plus directives. */
  static List<String> statements(String script) {
    String body =
        script
            .lines()
            .filter(l -> !l.startsWith("--") && !l.startsWith("SET DEFINE"))
            .collect(Collectors.joining("\n"));
    return Arrays.stream(body.split(";\\s*\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
        .toList();
  }

  private static Set<String> reservedWords() throws IOException {
    try (InputStream in =
        OracleSchemaTest.class.getClassLoader().getResourceAsStream("oracle-reserved-words.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      return text.lines()
          .filter(l -> !l.startsWith("#"))
          .flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
          .filter(w -> !w.isEmpty())
          .collect(Collectors.toSet());
    }
  }
}
