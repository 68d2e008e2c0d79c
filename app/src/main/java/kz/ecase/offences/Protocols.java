package kz.ecase.offences;

import java.util.List;
import java.util.UUID;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.RecordRef;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.RecordedStep;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of registered protocols, each authorised and audited ({@code Authorization#requireRead}).
 */
@Service
public class Protocols {

  /** A protocol with its events, oldest first. */
  public record ProtocolView(StoredProtocol protocol, List<RecordedStep> events) {}

  private final ProtocolStore store;
  private final Authorization authorization;
  private final CurrentUsers currentUsers;

  Protocols(ProtocolStore store, Authorization authorization, CurrentUsers currentUsers) {
    this.store = store;
    this.authorization = authorization;
    this.currentUsers = currentUsers;
  }

  /**
   * The protocol, for whoever may see records of its unit, or the citizen it is about.
   *
   * @throws AccessDeniedException for roles that never see records
   * @throws NotFoundException for an unknown protocol or one outside the user's jurisdiction
   */
  @Transactional
  public ProtocolView read(String id, String purpose) {
    CurrentUser user = currentUsers.current();
    if (!user.role().allows(Action.VIEW_RECORD)) {
      throw new AccessDeniedException("Role does not allow " + Action.VIEW_RECORD);
    }
    StoredProtocol protocol =
        parse(id).flatMap(store::find).orElseThrow(() -> new NotFoundException("No such protocol"));
    authorization.requireRead(
        new RecordRef("protocol", protocol.id().toString()).key(), scopeOf(protocol), purpose);
    return new ProtocolView(protocol, store.steps(protocol.id()));
  }

  static RecordScope scopeOf(StoredProtocol protocol) {
    return new RecordScope(UnitCode.of(protocol.unit()), Iin.of(protocol.offenderIin()));
  }

  private static java.util.Optional<UUID> parse(String id) {
    try {
      return java.util.Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
