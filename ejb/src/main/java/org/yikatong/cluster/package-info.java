/**
 * The cluster's members: which nodes are alive (a heartbeat in {@code cluster_node}), and what a
 * surviving node takes over from one that died — its WildFly timers held mid-run, and, through the
 * {@link org.yikatong.cluster.domain.NodeLost} event, whatever the areas above recorded for it. It
 * stands low (beside notification): it uses only the kernel and the role names.
 */
package org.yikatong.cluster;
