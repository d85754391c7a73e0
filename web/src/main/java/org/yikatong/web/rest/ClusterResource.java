package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.yikatong.cluster.application.ClusterNodes;
import org.yikatong.cluster.application.NodeSummary;

/** {@code /api/v1/cluster/nodes}: the nodes of the cluster, alive or gone, by name. */
@Path("/v1/cluster")
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

  @Inject ClusterNodes clusterNodes;

  @GET
  @Path("nodes")
  public List<NodeSummary> nodes() {
    return clusterNodes.list();
  }
}
