/**
 * Writing the outbox from the notices any area fires, delivering it on a timer and on demand, and
 * maintaining contacts.
 */
package org.yikatong.notification.application;
