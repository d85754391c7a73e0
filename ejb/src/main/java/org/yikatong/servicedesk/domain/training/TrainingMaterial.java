package org.yikatong.servicedesk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import org.hibernate.annotations.Immutable;

/** A handout of a training session: a link (http or https) or a stored text, or both. */
@Entity
@Table(name = "training_material")
@Immutable
public class TrainingMaterial {

  public static final int URL_MAX = 500;
  public static final int CONTENT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_material_seq")
  @SequenceGenerator(
      name = "training_material_seq",
      sequenceName = "training_material_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private TrainingSession session;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "url", length = URL_MAX)
  private String url;

  @Column(name = "content", length = CONTENT_MAX)
  private String content;

  protected TrainingMaterial() {}

  TrainingMaterial(TrainingSession session, String title, String url, String content) {
    String u = url == null || url.isBlank() ? null : url.strip();
    String c = content == null || content.isBlank() ? null : content;
    if (u == null && c == null) {
      throw new IllegalArgumentException("Material is a link or a text: " + title);
    }
    if (u != null) {
      checkUrl(u);
    }
    if (c != null && c.length() > CONTENT_MAX) {
      throw new IllegalArgumentException("Material text is longer than " + CONTENT_MAX);
    }
    this.session = session;
    this.title = title;
    this.url = u;
    this.content = c;
  }

  private static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (url.length() > URL_MAX
          || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("Not an http(s) link: " + url);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a link: " + url);
    }
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }

  public String getContent() {
    return content;
  }
}
