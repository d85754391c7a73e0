/** Use cases on terminals and gateway connections. */
package org.yikatong.terminal.application;
