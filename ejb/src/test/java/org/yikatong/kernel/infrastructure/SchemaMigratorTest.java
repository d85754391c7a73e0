package org.yikatong.kernel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  @Test
  @DisplayName("migrations build the schema on H2 and a second run changes nothing")
  void migratesOnceOnH2() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:migrate-twice;DB_CLOSE_DELAY=-1");
    SchemaMigrator.migrate(ds, "test-h2");
    long applied = count(ds, "select count(*) from DATABASECHANGELOG");
    SchemaMigrator.migrate(ds, "test-h2");
    assertEquals(applied, count(ds, "select count(*) from DATABASECHANGELOG"));
    assertEquals(0, count(ds, "select count(*) from card_holder"));
  }

  @Test
  @DisplayName("an unreachable database fails with the names of the settings to check")
  void unreachableDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:/nonexistent-dir/x;IFEXISTS=TRUE");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SchemaMigrator.migrate(ds, "test-ds"));
    assertTrue(e.getMessage().contains("yikatong.db.url"), e.getMessage());
    assertTrue(e.getMessage().contains("YIKATONG_DB_URL"), e.getMessage());
    assertTrue(e.getMessage().contains("test-ds"), e.getMessage());
  }

  private static long count(JdbcDataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
