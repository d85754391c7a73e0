/**
 * The asset register: every terminal, reader, kiosk, gateway and server, who supplied it, when it
 * was accepted and until when its free warranty runs.
 */
package org.yikatong.servicedesk.domain.asset;
