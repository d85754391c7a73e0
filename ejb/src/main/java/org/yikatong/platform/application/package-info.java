/** Platform-wide use cases: the overview of what the platform holds, and the demo data. */
package org.yikatong.platform.application;
