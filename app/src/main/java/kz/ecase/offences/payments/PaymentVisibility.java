package kz.ecase.offences.payments;

import java.util.UUID;
import kz.ecase.identity.AccessDecision;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.offences.persistence.ProtocolStore;

/**
 * Whether a member of staff may see a payment: one no protocol matched, yes; else only when they
 * may view the protocol's record (its unit and offender).
 */
final class PaymentVisibility {

  private final ProtocolStore protocols;
  private final Authorization authorization;

  PaymentVisibility(ProtocolStore protocols, Authorization authorization) {
    this.protocols = protocols;
    this.authorization = authorization;
  }

  boolean maySee(CurrentUser user, UUID protocolId) {
    if (protocolId == null) {
      return true;
    }
    return protocols
        .find(protocolId)
        .map(
            p ->
                authorization.decide(
                        user,
                        Action.VIEW_RECORD,
                        new RecordScope(UnitCode.of(p.unit()), Iin.of(p.offenderIin())))
                    == AccessDecision.PERMITTED)
        .orElse(false);
  }
}
