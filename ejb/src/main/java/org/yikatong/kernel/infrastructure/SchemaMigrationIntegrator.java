package org.yikatong.kernel.infrastructure;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Runs the schema migrations while Hibernate builds the session factory, before it validates the
 * mapping against the schema ({@code hibernate.hbm2ddl.auto=validate}). Hibernate calls integrators
 * before schema management, so the deployment fails at once, with Liquibase's or the validator's
 * message, when the database is unreachable or does not match the entities.
 *
 * <p>Registered in {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class SchemaMigrationIntegrator implements Integrator {

  /** The JTA datasource of the persistence unit, named in error messages. */
  static final String DATASOURCE = "java:jboss/datasources/YikatongDS";

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    ConnectionProvider provider =
        sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
    DataSource dataSource = provider.unwrap(DataSource.class);
    SchemaMigrator.migrate(dataSource, DATASOURCE);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing to undo: migrations are permanent.
  }
}
