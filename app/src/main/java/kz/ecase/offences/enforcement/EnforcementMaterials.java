package kz.ecase.offences.enforcement;

import java.util.UUID;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.enforcement.integration.AisBep.Materials;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import org.springframework.stereotype.Component;

/**
 * What AIS BEP receives about a protocol: built from the registered protocol, which never changes.
 */
@Component
class EnforcementMaterials {

  private final ProtocolStore store;
  private final ProtocolTransitions transitions;

  EnforcementMaterials(ProtocolStore store, ProtocolTransitions transitions) {
    this.store = store;
    this.transitions = transitions;
  }

  Materials of(UUID protocolId, String reference) {
    StoredProtocol p = store.find(protocolId).orElseThrow();
    ProtocolLifecycle lifecycle = transitions.current(protocolId);
    return new Materials(
        reference,
        p.id().toString(),
        p.number(),
        p.paymentReference(),
        p.offenderIin(),
        p.articleCode(),
        p.fineKzt(),
        p.unit(),
        lifecycle.inForceOn().orElse(null),
        lifecycle.voluntaryPaymentDeadline().orElse(null),
        p.documentSha256());
  }
}
