package org.yikatong.kernel.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the database schema up to the latest version with the Liquibase changelog {@value
 * #CHANGELOG}.
 *
 * <p>Safe on a cluster: Liquibase's lock table makes a second node wait while the first migrates,
 * then find nothing left to do.
 */
public final class SchemaMigrator {

  /** The master changelog, on the class path of the ejb module. */
  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private SchemaMigrator() {}

  /**
   * Applies every pending changeset.
   *
   * @throws IllegalStateException naming the database settings when the database cannot be reached,
   *     or the failing changeset when a migration fails
   */
  public static void migrate(DataSource dataSource, String dataSourceName) {
    ClassLoader loader = SchemaMigrator.class.getClassLoader();
    try (Connection connection = connect(dataSource, dataSourceName)) {
      Scope.child(
          Map.of(Scope.Attr.classLoader.name(), loader),
          () -> {
            Database database =
                DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            String product = database.getDatabaseProductName();
            try (Liquibase liquibase =
                new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(loader), database)) {
              liquibase.update(new Contexts(), new LabelExpression());
            }
            LOG.info(
                () -> "Database schema is up to date on " + product + " (" + dataSourceName + ")");
          });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) { // Liquibase's checked exceptions: a changeset failed
      throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
    }
  }

  private static Connection connect(DataSource dataSource, String dataSourceName) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new IllegalStateException(connectFailure(dataSourceName, e), e);
    }
  }

  static String connectFailure(String dataSourceName, SQLException e) {
    return "Cannot connect to the Yikatong database through "
        + dataSourceName
        + ". Check the settings yikatong.db.url (env YIKATONG_DB_URL), yikatong.db.user"
        + " (YIKATONG_DB_USER) and yikatong.db.password (YIKATONG_DB_PASSWORD): "
        + e.getMessage();
  }
}
