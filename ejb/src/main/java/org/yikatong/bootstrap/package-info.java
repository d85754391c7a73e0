/**
 * The top floor: what runs when the application starts. The startup checks (master key, chart of
 * accounts) and, on a demo or development server, the demo data. It may use every area; nothing
 * uses it.
 */
package org.yikatong.bootstrap;
