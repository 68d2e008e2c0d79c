package kz.ecase.procedure.web;

import java.util.Locale;
import kz.ecase.procedure.StaffAlert;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An alert in the reader's language: its catalogue message with its arguments, those that name a
 * message themselves ({@link StaffAlert#term}) said first; {@code null} when the alert has no
 * message or the catalogue lacks it (the page then shows the alert's stored text).
 */
@Component("alertWording")
public class AlertWording {

  private final MessageSource messages;

  AlertWording(MessageSource messages) {
    this.messages = messages;
  }

  public String say(StaffAlert alert) {
    if (alert.messageKey() == null) {
      return null;
    }
    Locale locale = LocaleContextHolder.getLocale();
    Object[] arguments =
        alert.arguments().stream().map(argument -> said(argument, locale)).toArray();
    return messages.getMessage(alert.messageKey(), arguments, null, locale);
  }

  private String said(String argument, Locale locale) {
    if (argument == null || !argument.startsWith(StaffAlert.TERM_PREFIX)) {
      return argument;
    }
    String key = argument.substring(StaffAlert.TERM_PREFIX.length());
    return messages.getMessage(key, null, key, locale);
  }
}
