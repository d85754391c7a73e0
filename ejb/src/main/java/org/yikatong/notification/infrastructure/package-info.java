/**
 * The channels: mail through the server's mail session, WeChat and SMS recorded in a sent log until
 * their gateways exist.
 */
package org.yikatong.notification.infrastructure;
