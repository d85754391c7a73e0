/** Users of the console and the API, the roles they hold, and the append-only audit trail. */
package org.yikatong.security.domain;
