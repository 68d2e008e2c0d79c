package kz.ecase.cases;

import java.time.LocalDate;
import java.util.Optional;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.identity.Role;
import kz.ecase.procedure.LawValues;
import org.springframework.stereotype.Component;

/**
 * The one approver the law names for each kind of document ({@code cases.approver.<KIND>} in {@code
 * law/cases.csv}), as in force on a day; none when the author's signature is enough.
 */
@Component
public class Approvers {

  private final LawValues law;

  Approvers(LawValues law) {
    this.law = law;
  }

  public Optional<Role> of(DocumentKind kind, LocalDate on) {
    String value = law.on(kind.approverKey(), on).value().value();
    return "NONE".equals(value) ? Optional.empty() : Optional.of(Role.valueOf(value));
  }
}
