/**
 * Notifications (issue #5): what the service desk must tell people goes into an outbox in the
 * transaction that caused it, and a sender delivers it by mail, WeChat or SMS, with retries, once
 * per message across the cluster. Contacts say where each recipient is reached.
 */
package org.yikatong.notification;
