package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.survey.RespondentKind;
import org.yikatong.servicedesk.domain.survey.SatisfactionSurvey;
import org.yikatong.servicedesk.domain.survey.SatisfactionSurveyRepository;
import org.yikatong.servicedesk.domain.survey.SurveyResponse;
import org.yikatong.servicedesk.domain.survey.SurveyResults;

/** {@link SatisfactionSurveyRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaSatisfactionSurveyRepository implements SatisfactionSurveyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(SatisfactionSurvey survey) {
    em.persist(survey);
  }

  @Override
  public Optional<SatisfactionSurvey> findById(long id) {
    return Optional.ofNullable(em.find(SatisfactionSurvey.class, id));
  }

  @Override
  public boolean existsForQuarter(String quarter) {
    return !em.createQuery("select s.id from SatisfactionSurvey s where s.quarter = :q", Long.class)
        .setParameter("q", quarter)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<SatisfactionSurvey> findAll() {
    return em.createQuery(
            "select s from SatisfactionSurvey s order by s.quarter desc", SatisfactionSurvey.class)
        .getResultList();
  }

  @Override
  public void add(SurveyResponse response) {
    em.persist(response);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public boolean hasResponded(SatisfactionSurvey survey, RespondentKind kind, String respondent) {
    return !em.createQuery(
            "select r.id from SurveyResponse r where r.survey = :s"
                + " and r.respondentKind = :k and r.respondent = :r",
            Long.class)
        .setParameter("s", survey)
        .setParameter("k", kind)
        .setParameter("r", respondent)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long countResponses(SatisfactionSurvey survey) {
    return em.createQuery("select count(r) from SurveyResponse r where r.survey = :s", Long.class)
        .setParameter("s", survey)
        .getSingleResult();
  }

  @Override
  public List<SurveyResults.ScoreCount> scoreCounts(SatisfactionSurvey survey) {
    return em
        .createQuery(
            "select q.questionNo, a.score, count(a)"
                + " from SurveyAnswer a join a.question q join a.response r"
                + " where r.survey = :s group by q.questionNo, a.score",
            Object[].class)
        .setParameter("s", survey)
        .getResultList()
        .stream()
        .map(
            row ->
                new SurveyResults.ScoreCount(
                    ((Number) row[0]).intValue(),
                    ((Number) row[1]).intValue(),
                    ((Number) row[2]).longValue()))
        .toList();
  }
}
