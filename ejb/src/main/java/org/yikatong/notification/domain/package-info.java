/**
 * The outbox message and its delivery rules (status flow, retries with backoff), the contacts of
 * recipients, and the payloads rendered for each channel.
 */
package org.yikatong.notification.domain;
