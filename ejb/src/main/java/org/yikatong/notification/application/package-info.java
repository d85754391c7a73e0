/**
 * Writing the outbox from service desk notices, delivering it on a timer and on demand, and
 * maintaining contacts.
 */
package org.yikatong.notification.application;
