/**
 * Service desk technical adapters: printable forms (PDF), and the service desk's own figures fed to
 * the statistics (complaints, costs) through the source interfaces of the application layer.
 */
package org.yikatong.servicedesk.infrastructure;
