package kz.ecase.offences.payments;

import java.util.List;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.offences.Protocols;
import kz.ecase.offences.payments.PaymentStore.StoredPayment;
import kz.ecase.offences.persistence.ProtocolStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recorded payments as users see them: a protocol's payments to whoever may read the protocol (an
 * audited read), and the payments that need staff (held, to refund, unknown reference) of the
 * jurisdiction to its heads of unit and supervising prosecutors.
 */
@Service
public class ProtocolPayments {

  private static final int FLAGGED_LIMIT = 500;

  private final Protocols protocols;
  private final PaymentStore store;
  private final PaymentVisibility visibility;

  ProtocolPayments(
      Protocols protocols,
      ProtocolStore protocolStore,
      PaymentStore store,
      Authorization authorization) {
    this.protocols = protocols;
    this.store = store;
    this.visibility = new PaymentVisibility(protocolStore, authorization);
  }

  /** The protocol's payments, oldest first; the protocol's read is authorised and audited. */
  @Transactional
  public List<StoredPayment> of(String protocolId, String purpose) {
    return store.ofProtocol(protocols.read(protocolId, purpose).protocol().id());
  }

  /** Payments flagged for staff, newest first, of protocols in the user's jurisdiction. */
  public List<StoredPayment> flagged(CurrentUser user) {
    if (user.role() != Role.HEAD_OF_UNIT && user.role() != Role.SUPERVISING_PROSECUTOR) {
      throw new AccessDeniedException("Flagged payments are for heads of unit and supervisors");
    }
    return store.flagged(FLAGGED_LIMIT).stream()
        .filter(p -> visibility.maySee(user, p.protocolId()))
        .toList();
  }
}
