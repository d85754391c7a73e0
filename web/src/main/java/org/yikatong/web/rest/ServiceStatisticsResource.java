package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.ServiceStatistics;
import org.yikatong.servicedesk.application.ServiceStatisticsCsv;
import org.yikatong.servicedesk.application.ServiceStatisticsReport;
import org.yikatong.servicedesk.domain.statistics.StatisticsPeriod;

/**
 * {@code /api/v1/service-statistics?from=YYYY-MM-DD&to=YYYY-MM-DD}: the service desk's figures for
 * a period of Asia/Shanghai days, as JSON for dashboards or as CSV ({@code Accept: text/csv}, or
 * {@code /service-statistics.csv}).
 */
@Path("/v1")
@Transactional
public class ServiceStatisticsResource {

  static final String CSV = "text/csv";

  @Inject ServiceStatistics statistics;

  @GET
  @Path("/service-statistics")
  @Produces(MediaType.APPLICATION_JSON)
  public ServiceStatisticsReport json(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return statistics.report(period(from, to));
  }

  @GET
  @Path("/service-statistics")
  @Produces(CSV + ";qs=0.5")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    StatisticsPeriod period = period(from, to);
    return Response.ok(ServiceStatisticsCsv.render(statistics.report(period)))
        .type(CSV + "; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"service-statistics-"
                + period.from()
                + "_"
                + period.to()
                + ".csv\"")
        .build();
  }

  @GET
  @Path("/service-statistics.csv")
  @Produces(CSV + ";qs=0.5")
  public Response csvFile(@QueryParam("from") String from, @QueryParam("to") String to) {
    return csv(from, to);
  }

  private static StatisticsPeriod period(String from, String to) {
    try {
      return StatisticsPeriod.parse(from, to);
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(e.getMessage());
    }
  }
}
