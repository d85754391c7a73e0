package org.yikatong.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the console from sign-in to sign-out: Chinese (zh_CN) unless the browser prefers
 * English or the user switches.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      // Without an Accept-Language header the container offers its own default locale, which
      // is not a preference of the user: Chinese then.
      String accepted = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
      Locale requested =
          accepted == null || accepted.isBlank()
              ? CHINESE
              : context.getApplication().getViewHandler().calculateLocale(context);
      locale = "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.equals(getLocale());
  }

  /** Switches between Chinese and English and re-renders the current page. */
  public String toggle() {
    locale = isEnglish() ? CHINESE : Locale.ENGLISH;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
