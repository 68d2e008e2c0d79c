package kz.ecase.cases;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of a case's papers and of the SMS that announce them, in the language of the
 * proceedings ({@code cases/documents*.properties}: Russian by default, Kazakh in {@code _kk}).
 */
@Component
class CaseWording {

  private final ResourceBundleMessageSource wording = new ResourceBundleMessageSource();

  CaseWording() {
    wording.setBasename("cases/documents");
    wording.setDefaultEncoding("UTF-8");
    wording.setFallbackToSystemLocale(false);
  }

  /** The message, or {@code otherwise} when the wording has none. */
  String sayOr(Locale locale, String key, String otherwise) {
    return wording.getMessage(key, null, otherwise, locale);
  }

  String say(Locale locale, String key, Object... args) {
    return wording.getMessage(key, args, locale);
  }
}
