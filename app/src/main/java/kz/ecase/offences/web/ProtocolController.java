package kz.ecase.offences.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.RecordRead;
import kz.ecase.offences.ProtocolForm;
import kz.ecase.offences.ProtocolPreview;
import kz.ecase.offences.ProtocolRegister;
import kz.ecase.offences.ProtocolRegistration;
import kz.ecase.offences.Protocols;
import kz.ecase.offences.Protocols.ProtocolView;
import kz.ecase.offences.RegisteredProtocol;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.procedure.RecordedStep;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registering protocols of administrative offences, and reading them. */
@RestController
@RequestMapping("/api/offences/protocols")
@Validated
@Tag(name = "Offences")
@SecurityRequirement(name = "bearer")
class ProtocolController {

  /** The answer to a registration. */
  record Registered(
      String id,
      String number,
      String status,
      BigDecimal fineKzt,
      LocalDate discountDeadline,
      String paymentReference,
      String documentSha256) {
    static Registered of(StoredProtocol p) {
      return new Registered(
          p.id().toString(),
          p.number(),
          p.status(),
          p.fineKzt(),
          p.discountDeadline(),
          p.paymentReference(),
          p.documentSha256());
    }
  }

  /**
   * What a protocol would be (nothing stored): the article and its number as cited, the fine, the
   * discounted amount when the discount applies, and the repeat flag with the part it escalates to.
   */
  record PreviewResponse(
      String article,
      String number,
      int catalogueVersion,
      int fineMci,
      BigDecimal fineKzt,
      BigDecimal discountedKzt,
      boolean repeat,
      RepeatPart repeatOf,
      List<ProtocolPreview.EarlierProtocol> earlierProtocols,
      List<String> unconfirmedValues) {
    static PreviewResponse of(ProtocolPreview.Preview p) {
      return new PreviewResponse(
          p.article().code(),
          p.article().number().cited("ru"),
          p.catalogueVersion(),
          p.fine().mci(),
          p.fine().tenge(),
          p.discountedKzt().orElse(null),
          p.repeatOf().isPresent(),
          p.repeatOf().map(RepeatPart::of).orElse(null),
          p.earlierProtocols(),
          p.article().unconfirmedValues());
    }
  }

  /** The part a repeat escalates to. */
  record RepeatPart(String article, String number, String fineMci) {
    static RepeatPart of(Article a) {
      return new RepeatPart(
          a.code(),
          a.number().cited("ru"),
          a.fineIndividual().value() == null ? null : a.fineIndividual().value().toString());
    }
  }

  record Event(
      int seq,
      String type,
      String from,
      String to,
      Instant at,
      String actor,
      String reasons,
      String documentSha256) {
    static Event of(RecordedStep e) {
      return new Event(
          e.seq(), e.step(), e.from(), e.to(), e.at(), e.actor(), e.reasons(), e.documentSha256());
    }
  }

  /** A protocol as its readers see it. */
  record ProtocolResponse(
      String id,
      String number,
      String status,
      String unit,
      String officer,
      String iin,
      String article,
      int catalogueVersion,
      Instant offenceTime,
      String place,
      String plate,
      String description,
      int fineMci,
      BigDecimal fineKzt,
      LocalDate discountDeadline,
      String paymentReference,
      Instant registeredAt,
      String documentSha256,
      String signatureSha256,
      List<Event> events) {
    static ProtocolResponse of(ProtocolView view) {
      StoredProtocol p = view.protocol();
      return new ProtocolResponse(
          p.id().toString(),
          p.number(),
          p.status(),
          p.unit(),
          p.officer(),
          p.offenderIin(),
          p.articleCode(),
          p.catalogueVersion(),
          p.offenceTime(),
          p.place(),
          p.plate(),
          p.description(),
          p.fineMci(),
          p.fineKzt(),
          p.discountDeadline(),
          p.paymentReference(),
          p.createdAt(),
          p.documentSha256(),
          p.signatureSha256(),
          view.events().stream().map(Event::of).toList());
    }
  }

  /** A protocol in a list. */
  record Line(
      String id,
      String number,
      String status,
      String unit,
      String officer,
      String iin,
      String article,
      String articleNumber,
      Map<String, String> articleTitles,
      Instant offenceTime,
      String place,
      String plate,
      BigDecimal fineKzt,
      Instant registeredAt,
      String documentSha256) {
    static Line of(ProtocolRegister.Line line) {
      StoredProtocol p = line.protocol();
      return new Line(
          p.id().toString(),
          p.number(),
          p.status(),
          p.unit(),
          p.officer(),
          p.offenderIin(),
          p.articleCode(),
          line.article().number(),
          line.article().titles(),
          p.offenceTime(),
          p.place(),
          p.plate(),
          p.fineKzt(),
          p.createdAt(),
          p.documentSha256());
    }
  }

  private final ProtocolRegistration registration;
  private final Protocols protocols;
  private final ProtocolRegister register;
  private final CurrentUsers currentUsers;
  private final ProtocolPreview preview;

  ProtocolController(
      ProtocolRegistration registration,
      Protocols protocols,
      ProtocolRegister register,
      CurrentUsers currentUsers,
      ProtocolPreview preview) {
    this.preview = preview;
    this.registration = registration;
    this.protocols = protocols;
    this.register = register;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Operation(
      summary = "Protocols, the latest registered first",
      description =
          "Officers and investigators: their own. Heads of unit and supervising prosecutors: those"
              + " of their jurisdiction, of one officer when `officer` is given. q: a protocol's"
              + " number, a person's IIN or a plate, exactly; status: a protocol status; from, to:"
              + " registration days (ISO, Kazakhstan time, both included); limit: 1 to 200."
              + " Lines are not audited reads; GET /{id} is.")
  List<Line> list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String officer,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "50") int limit) {
    return register
        .list(
            currentUsers.current(),
            new ProtocolRegister.Search(q, status, officer, from, to, limit))
        .stream()
        .map(Line::of)
        .toList();
  }

  @PostMapping
  @Operation(
      summary = "Register a protocol: numbered, rendered to PDF, signed with your PIN, recorded",
      description =
          "Officers, investigators and heads of unit, in their unit. 201 with the new protocol;"
              + " the same idempotencyKey again answers the same protocol with 200. article: a"
              + " catalogue code or an article number; fineMci: the article's minimum when absent.")
  ResponseEntity<Registered> register(@RequestBody ProtocolForm form) {
    CurrentUser user = currentUsers.current();
    ProtocolRegistration.requireMayRegister(user);
    RegisteredProtocol registered = registration.register(user, form);
    return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Registered.of(registered.protocol()));
  }

  @PostMapping("/preview")
  @Operation(
      summary = "Preview a protocol before drawing it up: the fine and the repeat-offence flag",
      description =
          "Officers, investigators and heads of unit. Nothing is stored. The repeat flag counts the"
              + " protocols ecase registered for the IIN within the year and the registry's"
              + " offences given in prior (592-2|2026-01-31), each once. 400 names every field at"
              + " fault.")
  PreviewResponse preview(@RequestBody ProtocolPreview.Form form) {
    return PreviewResponse.of(preview.preview(currentUsers.current(), form));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A protocol, for users allowed to see it (the citizen: their own); audited")
  ProtocolResponse protocol(
      @PathVariable String id,
      @RequestParam(defaultValue = "protocol") @Size(min = 1, max = RecordRead.MAX_PURPOSE)
          String purpose) {
    return ProtocolResponse.of(protocols.read(id, purpose));
  }
}
