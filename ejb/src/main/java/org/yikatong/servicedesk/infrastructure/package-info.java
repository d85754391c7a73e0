/** Service desk technical adapters: printable forms (PDF). */
package org.yikatong.servicedesk.infrastructure;
