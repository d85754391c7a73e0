/** What every area's rules share: the exceptions by which a use case refuses a request. */
package org.yikatong.platform.domain;
