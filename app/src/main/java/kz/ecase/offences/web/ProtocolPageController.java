package kz.ecase.offences.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.kernel.Iin;
import kz.ecase.offences.EvidencePhoto;
import kz.ecase.offences.ProtocolForm;
import kz.ecase.offences.ProtocolRegistration;
import kz.ecase.offences.RegisteredProtocol;
import kz.ecase.offences.domain.Fine;
import kz.ecase.offences.domain.FineCalculator;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.signing.FirstPin;
import kz.ecase.signing.NoSigningKeyException;
import kz.ecase.signing.PinLockedException;
import kz.ecase.signing.WrongPinException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The officer's page for a new protocol, made for a phone: the draft's idempotency key is made when
 * the page is rendered and kept in the form, so sending the same draft again answers the protocol
 * it registered. Registration goes through {@link ProtocolRegistration} like the API; its field
 * problems are shown beside their fields, and the registered protocol with its number, amount,
 * discount deadline and a QR code of the payment link.
 */
@Controller
@RequestMapping("/offences/protocols/new")
@PreAuthorize("hasAnyRole('OFFICER', 'INVESTIGATOR', 'HEAD_OF_UNIT')")
class ProtocolPageController {

  /** The form as typed; {@code offenceTime} as a {@code datetime-local} value. */
  record Draft(
      String idempotencyKey,
      String iin,
      String articleQuery,
      String article,
      String offenceTime,
      String place,
      String plate,
      String description,
      String fineMci,
      String explanation,
      Boolean explanationRefused,
      String language) {}

  /** The registered protocol as the page shows it. */
  record Registered(
      StoredProtocol protocol,
      boolean created,
      BigDecimal discounted,
      String paymentLink,
      String qr) {}

  private final ProtocolRegistration registration;
  private final FirstPin firstPins;
  private final CurrentUsers currentUsers;
  private final ProcedureCalendar calendar;
  private final FineCalculator fines;
  private final Clock clock;

  ProtocolPageController(
      ProtocolRegistration registration,
      FirstPin firstPins,
      FineCalculator fines,
      CurrentUsers currentUsers,
      ProcedureCalendar calendar,
      Clock clock) {
    this.registration = registration;
    this.firstPins = firstPins;
    this.fines = fines;
    this.currentUsers = currentUsers;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping
  String form(Model model) {
    String now =
        LocalDateTime.now(clock.withZone(calendar.zone()))
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    model.addAttribute(
        "draft",
        new Draft(UUID.randomUUID().toString(), "", "", "", now, "", "", "", "", "", false, "ru"));
    model.addAttribute("firstPin", firstPins.needed(currentUsers.current()));
    return ProtocolDraftController.PAGE;
  }

  @PostMapping
  String register(
      @ModelAttribute("draft") Draft draft,
      @RequestParam(defaultValue = "") String pin,
      @RequestParam(defaultValue = "") String repeat,
      @RequestParam(required = false) List<MultipartFile> photos,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    CurrentUser user = currentUsers.current();
    Map<String, String> errors = new LinkedHashMap<>();
    List<EvidencePhoto> evidence = evidence(photos, errors);
    ProtocolForm form = form(draft, pin, errors);
    boolean firstPin = firstPins.needed(user);
    if (firstPin) {
      errors.putAll(FirstPin.problems(pin, repeat));
    }
    if (firstPin || !errors.isEmpty()) {
      // the form's own problems as well, named together; and before a first key is made, so that
      // a refused form leaves no key behind
      try {
        registration.check(form);
      } catch (InvalidInputException e) {
        putAll(errors, e, draft);
      }
    }
    if (errors.isEmpty() && firstPin) {
      firstPins.chooseIfNeeded(user, pin, repeat);
    }
    if (errors.isEmpty()) {
      try {
        RegisteredProtocol registered = registration.register(user, form, evidence);
        model.addAttribute("registered", shown(registered));
        if (htmx != null) {
          response.setHeader("HX-Retarget", "#protocol");
          response.setHeader("HX-Reswap", "outerHTML");
          return ProtocolDraftController.PAGE + " :: registered";
        }
        return ProtocolDraftController.PAGE;
      } catch (InvalidInputException e) {
        putAll(errors, e, draft);
      } catch (WrongPinException e) {
        errors.put("pin", "protocol.error.pin.wrong");
        model.addAttribute("attemptsLeft", e.attemptsLeft());
      } catch (PinLockedException e) {
        errors.put("pin", "protocol.error.pin.locked");
      } catch (NoSigningKeyException e) {
        errors.put("pin", "protocol.error.pin.none");
      }
    }
    model.addAttribute("errors", errors);
    model.addAttribute("firstPin", firstPins.needed(user));
    return htmx != null ? "offences/errors :: errors" : ProtocolDraftController.PAGE;
  }

  /** Every field the registration refused, each with its translated message (the first kept). */
  private static void putAll(Map<String, String> errors, InvalidInputException e, Draft draft) {
    e.problems().keySet().forEach(field -> errors.putIfAbsent(field, messageKey(field, draft)));
  }

  /**
   * The form as the registration reads it; a fine that is no whole number is named in {@code
   * errors} (and left out, so that the other fields are still checked).
   */
  private static ProtocolForm form(Draft draft, String pin, Map<String, String> errors) {
    Integer fineMci = null;
    if (draft.fineMci() != null && !draft.fineMci().isBlank()) {
      try {
        fineMci = Integer.valueOf(draft.fineMci().strip());
      } catch (NumberFormatException e) {
        errors.put("fineMci", "protocol.error.fineMci");
      }
    }
    return new ProtocolForm(
        draft.idempotencyKey(),
        draft.iin(),
        draft.article(),
        draft.offenceTime(),
        draft.place(),
        draft.plate(),
        draft.description(),
        fineMci,
        pin,
        null,
        draft.explanation(),
        draft.explanationRefused(),
        draft.language());
  }

  private Registered shown(RegisteredProtocol registered) {
    StoredProtocol p = registered.protocol();
    String link =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/citizen/pay/{reference}")
            .buildAndExpand(p.paymentReference())
            .toUriString();
    LocalDate deadline = p.discountDeadline();
    BigDecimal discounted =
        deadline == null
            ? null
            : fines.amountDue(
                new Fine(p.articleCode(), p.fineMci(), 0, 0, p.fineKzt(), true),
                true,
                deadline,
                deadline);
    return new Registered(p, registered.created(), discounted, link, PaymentQr.dataUri(link));
  }

  /** The photos chosen, each an image; a file of another kind is named beside the field. */
  private static List<EvidencePhoto> evidence(
      List<MultipartFile> photos, Map<String, String> errors) {
    List<EvidencePhoto> evidence = new ArrayList<>();
    if (photos == null) {
      return evidence;
    }
    for (MultipartFile photo : photos) {
      if (photo.isEmpty()) {
        continue;
      }
      if (!EvidencePhoto.MEDIA_TYPES.contains(photo.getContentType()) || evidence.size() >= 10) {
        errors.put("photos", "protocol.error.photos");
        return List.of();
      }
      try {
        evidence.add(new EvidencePhoto(photo.getContentType(), photo.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return evidence;
  }

  /** The translated message for a field the registration refused. */
  private static String messageKey(String field, Draft draft) {
    if ("iin".equals(field) && draft.iin() != null) {
      return Iin.check(draft.iin().strip())
          .map(Iin.Violation::messageKey)
          .orElse("protocol.error.iin");
    }
    return "protocol.error." + field;
  }
}
