/**
 * Service desk infrastructure: the JPA repositories of its aggregates, the printable maintenance
 * form (PDF, behind the application's {@code MaintenanceForms}), and the service desk's own figures
 * fed to the statistics (complaints, costs) through the source interfaces of the application layer.
 */
package org.yikatong.servicedesk.infrastructure;
