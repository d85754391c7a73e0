/**
 * What every area shares: the clock, schema migrations, startup, the demo data and the overview
 * shown on the console's landing page.
 */
package org.yikatong.platform;
