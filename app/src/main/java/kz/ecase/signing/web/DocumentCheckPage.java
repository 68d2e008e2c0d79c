package kz.ecase.signing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.signing.DocumentCheck;
import kz.ecase.signing.DocumentChecks;
import kz.ecase.signing.TooManyChecksException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page a document's QR code opens, for anyone without signing in ({@code /check/<token>}), and
 * the same check of a file one holds ({@code /check}, upload): genuine or not, and the document's
 * kind, number, date and issuing unit, never personal data.
 */
@Controller
class DocumentCheckPage {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final DocumentChecks checks;
  private final EcaseProperties properties;

  DocumentCheckPage(DocumentChecks checks, EcaseProperties properties) {
    this.checks = checks;
    this.properties = properties;
  }

  @GetMapping("/check")
  String form() {
    return "signing/check";
  }

  @GetMapping("/check/{token}")
  String byToken(
      @PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
    return answer(() -> checks.byToken(token), locale, model, response);
  }

  @PostMapping("/check")
  String byFile(
      @RequestParam(required = false) MultipartFile file,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    if (file == null || file.isEmpty()) {
      model.addAttribute("fileMissing", true);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return "signing/check";
    }
    return answer(() -> checks.byBytes(bytes(file)), locale, model, response);
  }

  private String answer(
      Supplier<DocumentCheck> check, Locale locale, Model model, HttpServletResponse response) {
    try {
      DocumentCheck result = check.get();
      model.addAttribute("result", result);
      if (result.issued() != null) {
        model.addAttribute("kind", result.issued().facts().kind(locale.getLanguage()));
        model.addAttribute(
            "issuedAt", DATE.format(result.issued().issuedAt().atZone(properties.timeZone())));
        model.addAttribute(
            "unitName",
            result.unit() == null
                ? result.issued().unit().value()
                : result.unit().name(locale.getLanguage()));
      }
    } catch (TooManyChecksException e) {
      model.addAttribute("busy", true);
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", "1");
    }
    return "signing/check";
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
