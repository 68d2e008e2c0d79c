package kz.ecase.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.ecase.cases.persistence.CaseStore.CaseSettings;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.RecordedStep;
import org.springframework.stereotype.Component;

/**
 * Who may see a case: staff and prosecutors of its unit by their roles; a case of a grave or
 * especially grave crime only its team (the investigator in charge, whoever opened it or took a
 * step in it), the heads of its unit and the prosecutors over it.
 */
@Component
public class CaseScopes {

  private static final Set<Role> OVERSEERS =
      Set.of(Role.HEAD_OF_UNIT, Role.DUTY_PROSECUTOR, Role.SUPERVISING_PROSECUTOR);

  private final Directory directory;

  CaseScopes(Directory directory) {
    this.directory = directory;
  }

  /**
   * The scope of a case as a list line knows it, when its gravity leaves it to its unit (the
   * defence lawyers admitted aside: they see no lists); empty when only its team may see it, and
   * {@link #of} with its history must decide.
   */
  public Optional<RecordScope> ofUnit(String unit, String gravity) {
    if (gravity == null || Gravity.valueOf(gravity).restricted()) {
      return Optional.empty();
    }
    return Optional.of(RecordScope.ofUnit(UnitCode.of(unit)));
  }

  /**
   * @param admitted the IINs of the defence lawyers admitted to the case
   */
  public RecordScope of(
      StoredCase c, CaseSettings settings, List<RecordedStep> history, Set<String> admitted) {
    UnitCode unit = UnitCode.of(c.unit());
    if (!Gravity.valueOf(settings.gravity()).restricted()) {
      return RecordScope.ofUnit(unit).admitting(admitted);
    }
    Set<String> team = new LinkedHashSet<>();
    team.add(c.openedBy());
    if (settings.investigator() != null) {
      team.add(settings.investigator());
    }
    history.forEach(step -> team.add(step.actor()));
    directory.accounts().stream()
        .filter(account -> OVERSEERS.contains(account.role()))
        .filter(account -> account.unit() != null && account.unit().covers(unit))
        .forEach(account -> team.add(account.username()));
    return RecordScope.restricted(unit, null, team).admitting(admitted);
  }
}
