/**
 * Notifications, a service every area uses: an area fires a {@link
 * org.yikatong.notification.domain.Notice} in its own words; the outbox stores its messages in the
 * transaction that caused it, and a sender delivers them by mail, WeChat or SMS, with retries, once
 * per message across the cluster. Contacts say where each recipient is reached. It knows no area
 * above it.
 */
package org.yikatong.notification;
