package kz.ecase.investigations.custody.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.investigations.custody.CustodyClocks;
import kz.ecase.investigations.custody.CustodyForm;
import kz.ecase.investigations.custody.CustodyInputException;
import kz.ecase.investigations.custody.CustodyRecording;
import kz.ecase.investigations.custody.CustodyStepForm;
import kz.ecase.investigations.custody.RunningClock;
import kz.ecase.investigations.custody.StoredClock;
import kz.ecase.investigations.custody.domain.CustodyKind;
import kz.ecase.investigations.custody.domain.CustodyRuleException;
import kz.ecase.investigations.custody.domain.DetentionGround;
import kz.ecase.investigations.custody.domain.IllegalCustodyStepException;
import kz.ecase.procedure.ConcurrentStepException;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.signing.NoSigningKeyException;
import kz.ecase.signing.PinLockedException;
import kz.ecase.signing.WrongPinException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's page to record a delivery or detention (every field's error beside it, all at once)
 * with the unit's running clocks; and the running clocks as an htmx fragment for the duty
 * prosecutor's page, counting down in the browser, with the prosecutor's check signed by PIN.
 */
@Controller
class CustodyPageController {

  static final String PAGE = "investigations/custody/page";
  static final String CLOCKS = "investigations/custody/clocks :: clocks";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /**
   * A running clock as the list shows it (times in the procedure's zone, epoch ms for the script).
   */
  record Row(
      String id,
      String kind,
      String iin,
      String place,
      String since,
      String deadline,
      long deadlineMs,
      long alertMs,
      String status,
      boolean minor,
      boolean late,
      boolean overrun,
      boolean threeQuarters) {}

  private final CustodyRecording recording;
  private final CustodyClocks clocks;
  private final CurrentUsers currentUsers;
  private final ZoneId zone;
  private final Clock clock;

  CustodyPageController(
      CustodyRecording recording,
      CustodyClocks clocks,
      CurrentUsers currentUsers,
      ProcedureCalendar calendar,
      Clock clock) {
    this.recording = recording;
    this.clocks = clocks;
    this.currentUsers = currentUsers;
    this.zone = calendar.zone();
    this.clock = clock;
  }

  @GetMapping("/investigations/custody")
  String page(Model model) {
    String now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES).toString();
    model.addAttribute("form", new CustodyForm("DETENTION", "", now, "", "", "", "", "", ""));
    return page(model, Map.of());
  }

  @PostMapping("/investigations/custody")
  String record(@ModelAttribute("form") CustodyForm form, Model model) {
    CurrentUser user = currentUsers.current();
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      StoredClock recorded = recording.record(user, form);
      model.addAttribute("recorded", recorded.id().toString());
      model.addAttribute(
          "form", new CustodyForm(form.kind(), "", form.restrictedAt(), "", "", "", "", "", ""));
    } catch (CustodyInputException e) {
      e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
    } catch (WrongPinException e) {
      errors.put("pin", "custody.error.pin.wrong");
    } catch (PinLockedException e) {
      errors.put("pin", "custody.error.pin.locked");
    } catch (NoSigningKeyException e) {
      errors.put("pin", "custody.error.pin.none");
    }
    return page(model, errors);
  }

  /**
   * The running clocks, soonest limit first: the first {@code shown} (100 unless asked for more, at
   * most {@link CustodyClocks#MAX_LIST}) with the counts of all of them.
   */
  @GetMapping("/investigations/custody/clocks")
  String clocks(@RequestParam(defaultValue = "" + CustodyClocks.PAGE) int shown, Model model) {
    return fragment(model, null, shown);
  }

  @PostMapping("/investigations/custody/clocks/{id}/steps")
  String step(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String step,
      @RequestParam(defaultValue = "") String reasons,
      @RequestParam(defaultValue = "") String pin,
      @RequestParam(defaultValue = "" + CustodyClocks.PAGE) int shown,
      Model model) {
    String problem = null;
    try {
      recording.take(
          currentUsers.current(), id, new CustodyStepForm(step, reasons, null, null, pin));
    } catch (CustodyInputException e) {
      problem = e.problems().get(0).messageKey();
    } catch (WrongPinException e) {
      problem = "custody.error.pin.wrong";
    } catch (PinLockedException e) {
      problem = "custody.error.pin.locked";
    } catch (NoSigningKeyException e) {
      problem = "custody.error.pin.none";
    } catch (IllegalCustodyStepException | CustodyRuleException | ConcurrentStepException e) {
      problem = "custody.error.refused";
    }
    model.addAttribute("problemClock", id);
    return fragment(model, problem, shown);
  }

  private String page(Model model, Map<String, String> errors) {
    CurrentUser user = currentUsers.current();
    if (!user.role().allows(Action.VIEW_RECORD) || user.unit() == null) {
      throw new AccessDeniedException("Staff only");
    }
    model.addAttribute("errors", errors);
    model.addAttribute("mayRecord", user.role().allows(Action.EDIT_RECORD));
    model.addAttribute("kinds", CustodyKind.values());
    model.addAttribute("grounds", DetentionGround.values());
    rows(model, user, CustodyClocks.PAGE);
    return PAGE;
  }

  private String fragment(Model model, String problem, int shown) {
    rows(model, currentUsers.current(), shown);
    model.addAttribute("problem", problem);
    return CLOCKS;
  }

  private void rows(Model model, CurrentUser user, int shown) {
    Instant now = clock.instant();
    int limit = Math.max(1, Math.min(shown, CustodyClocks.MAX_LIST));
    List<Row> rows = clocks.running(user, limit).stream().map(r -> row(r, now)).toList();
    model.addAttribute("clocks", rows);
    model.addAttribute("counts", clocks.runningCounts(user, now));
    model.addAttribute("shown", limit);
    model.addAttribute("more", Math.min(limit + CustodyClocks.PAGE, CustodyClocks.MAX_LIST));
    model.addAttribute("nowMs", now.toEpochMilli());
    model.addAttribute("mayReview", user.role().allows(Action.REVIEW_LEGALITY));
  }

  private Row row(RunningClock running, Instant now) {
    var s = running.state();
    var c = running.clock();
    return new Row(
        c.id().toString(),
        c.kind(),
        c.personIin(),
        c.place(),
        TIME.format(s.restrictedAt().atZone(zone)),
        TIME.format(s.deadline().atZone(zone)),
        s.deadline().toEpochMilli(),
        s.alertAt().toEpochMilli(),
        s.status(),
        s.minor(),
        c.lateEntry(),
        s.overrunAt() != null || !now.isBefore(s.deadline()),
        !now.isBefore(s.alertAt()));
  }
}
