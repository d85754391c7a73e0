/**
 * The membership of this node: registration at start, the heartbeat, the sweep for lost nodes and
 * the takeover of what they held; the node list for operators.
 */
package org.yikatong.cluster.application;
