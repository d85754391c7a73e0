/**
 * The channels: mail through the server's mail session; WeChat and SMS recorded in the sent log in
 * their providers' payload shape ({@link
 * org.yikatong.notification.infrastructure.RecordingChannel}). The JPA repositories of the outbox,
 * the sent log and the contacts.
 */
package org.yikatong.notification.infrastructure;
