package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.application.NewSurvey;
import org.yikatong.servicedesk.application.SatisfactionSurveys;
import org.yikatong.servicedesk.application.SurveyAnswers;
import org.yikatong.servicedesk.domain.survey.SatisfactionSurvey;
import org.yikatong.servicedesk.domain.survey.SurveyResponse;
import org.yikatong.servicedesk.domain.survey.SurveyResults;

/**
 * {@code /api/v1/surveys}: quarterly user satisfaction surveys — opened and closed by the helpdesk,
 * answered once by each card holder (or recorded by the helpdesk for a department), results for
 * staff and auditors.
 */
@Path("/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SurveyResource {

  @Inject SatisfactionSurveys surveys;
  @Context UriInfo uriInfo;

  public record QuestionView(int questionNo, String text) {}

  public record SurveyView(
      long id,
      String quarter,
      String title,
      String status,
      Instant createdAt,
      Instant closedAt,
      List<QuestionView> questions) {
    static SurveyView of(SatisfactionSurvey s) {
      return new SurveyView(
          s.getId(),
          s.getQuarter(),
          s.getTitle(),
          s.getStatus().name(),
          s.getCreatedAt(),
          s.getClosedAt(),
          s.getQuestions().stream()
              .map(q -> new QuestionView(q.getQuestionNo(), q.getText()))
              .toList());
    }
  }

  public record ResponseView(
      long id,
      long surveyId,
      String respondentKind,
      String respondent,
      List<Integer> scores,
      String remark,
      Instant submittedAt) {
    static ResponseView of(SurveyResponse r) {
      return new ResponseView(
          r.getId(),
          r.getSurvey().getId(),
          r.getRespondentKind().name(),
          r.getRespondent(),
          r.getAnswers().stream().map(a -> a.getScore()).toList(),
          r.getRemark(),
          r.getSubmittedAt());
    }
  }

  @POST
  public Response open(NewSurvey request) {
    SurveyView view = SurveyView.of(surveys.open(Bodies.required(request)));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  @GET
  public List<SurveyView> list() {
    return surveys.list().stream().map(SurveyView::of).toList();
  }

  @GET
  @Path("/{id}")
  public SurveyView survey(@PathParam("id") long id) {
    return SurveyView.of(surveys.find(id));
  }

  @POST
  @Path("/{id}/close")
  public SurveyView close(@PathParam("id") long id) {
    return SurveyView.of(surveys.close(id));
  }

  /** 201 with the response; 409 for a second one of the same respondent, 400 for a bad score. */
  @POST
  @Path("/{id}/responses")
  public Response respond(@PathParam("id") long id, SurveyAnswers answers) {
    return Response.status(Response.Status.CREATED)
        .entity(ResponseView.of(surveys.respond(id, Bodies.required(answers))))
        .build();
  }

  @GET
  @Path("/{id}/results")
  public SurveyResults results(@PathParam("id") long id) {
    return surveys.results(id);
  }
}
