package kz.ecase.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.StaffAlerts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in staff member's alerts: read them, mark them read. */
@RestController
@Tag(name = "Alerts")
class AlertController {

  static final int MAX_LIMIT = 200;

  /** An alert as the API shows it. */
  record Alert(
      UUID id,
      Instant raisedAt,
      String unit,
      String kind,
      String text,
      String messageKey,
      List<String> arguments,
      String link,
      boolean read) {
    static Alert of(StaffAlerts.Shown shown) {
      var a = shown.alert();
      return new Alert(
          a.id(),
          a.raisedAt(),
          a.unit().value(),
          a.kind(),
          a.text(),
          a.messageKey(),
          a.arguments(),
          a.link(),
          shown.read());
    }
  }

  private final StaffAlerts alerts;
  private final CurrentUsers currentUsers;

  AlertController(StaffAlerts alerts, CurrentUsers currentUsers) {
    this.alerts = alerts;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/alerts")
  @Operation(summary = "Your alerts, newest first: to you, or to your role in your unit's area")
  List<Alert> list(@RequestParam(defaultValue = "50") int limit) {
    return alerts.of(currentUsers.current(), AlertPage.limit(limit)).stream()
        .map(Alert::of)
        .toList();
  }

  @PostMapping("/api/alerts/{id}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark one of your alerts read (kept, with when you read it)")
  void markRead(@PathVariable String id) {
    if (!alerts.markRead(currentUsers.current(), AlertPage.parse(id))) {
      throw new NotFoundException("No such alert");
    }
  }
}
