/** Password hashing and secret encryption used by the other areas. */
package org.yikatong.security.application;
