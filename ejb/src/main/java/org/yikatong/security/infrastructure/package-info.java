/** JPA implementation of the user repository. */
package org.yikatong.security.infrastructure;
