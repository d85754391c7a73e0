/**
 * A node's membership row and the rules on it (alive, lost, in use by another process), the event
 * fired when a node is lost, and the timer rows of WildFly's store a lost node held.
 */
package org.yikatong.cluster.domain;
