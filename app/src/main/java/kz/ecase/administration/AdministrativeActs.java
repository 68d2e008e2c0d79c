package kz.ecase.administration;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import kz.ecase.administration.persistence.ActStore;
import kz.ecase.identity.CurrentUser;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.signing.Signatures;
import kz.ecase.signing.UnlockedKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a change an administrator's act: the PIN opens their key first (a wrong PIN counts, and
 * nothing changes); then, in one transaction, the change, the act (canonical JSON of its type,
 * record, actor, time and facts) signed with that key, the act and its signature kept, and a ledger
 * entry carrying the SHA-256 of both. If any step fails, nothing is changed.
 */
@Service
public class AdministrativeActs {

  private final Signatures signatures;
  private final Ledger ledger;
  private final ActStore store;
  private final JsonMapper json;
  private final Clock clock;
  private final TransactionTemplate transactions;

  AdministrativeActs(
      Signatures signatures,
      Ledger ledger,
      ActStore store,
      JsonMapper json,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.signatures = signatures;
    this.ledger = ledger;
    this.store = store;
    this.json = json;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactions);
  }

  /**
   * Performs {@code change} (which returns the act's facts) as the administrator's signed act of
   * {@code type} on {@code record}, owned by {@code unit}.
   */
  public Map<String, Object> perform(
      CurrentUser admin,
      String pin,
      String type,
      RecordRef record,
      UnitCode unit,
      Supplier<Map<String, Object>> change) {
    UnlockedKey key = signatures.unlock(admin, pin);
    return transactions.execute(
        status -> {
          Instant now = clock.instant();
          Map<String, Object> facts = new TreeMap<>(change.get());
          Map<String, Object> act = new LinkedHashMap<>();
          act.put("type", type);
          act.put("record", record.key());
          act.put("actor", admin.username());
          act.put("time", now.toString());
          act.put("facts", facts);
          byte[] actBytes = json.writeValueAsBytes(act);
          byte[] signature = signatures.signAct(admin, key, actBytes);
          long receipt =
              ledger.record(
                  new LedgerEvent(
                      type,
                      record,
                      admin.username(),
                      unit,
                      null,
                      now,
                      facts,
                      List.of(
                          new Attachment("act.json", sha256(actBytes)),
                          new Attachment("act.p7s", sha256(signature)))));
          store.add(
              new ActStore.StoredAct(
                  type, record.key(), admin.username(), now, actBytes, signature, receipt));
          return facts;
        });
  }

  /** The latest acts, newest first, with their ledger index once sequenced. */
  public List<AdministrativeAct> latest(int limit) {
    return store.latest(limit).stream()
        .map(
            act ->
                new AdministrativeAct(
                    act.type(),
                    act.recordKey(),
                    act.actor(),
                    act.actedAt(),
                    sha256(act.act()),
                    sha256(act.signature()),
                    ledger.indexOf(act.receipt()).orElse(null)))
        .toList();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
