/** Users of the console and the API, and the roles they hold. */
package org.yikatong.security.domain;
