package kz.ecase.platform;

import java.util.List;

/**
 * Origins outside ecase that its pages send people to through a form, such as the payment
 * provider's checkout after the citizen's "Pay": the browser checks a form's target, and every
 * redirect after it, against the page's content security policy ({@code form-action}), so these
 * origins must be in it. A module that sends people elsewhere provides one.
 */
public interface FormTargets {

  /** Origins, e.g. {@code https://pay.example.kz}: scheme, host and port, no path. */
  List<String> origins();

  /** The origin (scheme, host, port) of an absolute http(s) URL, e.g. for {@link #origins}. */
  static String originOf(String url) {
    java.net.URI uri = java.net.URI.create(url);
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("Not an absolute URL: " + url);
    }
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }
}
