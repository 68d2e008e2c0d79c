package kz.ecase.offences.enforcement;

import java.time.Instant;
import java.util.UUID;

/** Where a dispatcher records that AIS BEP acknowledged a referral. */
interface Acknowledgements {

  /**
   * Records the case AIS BEP opened, once, with its ledger entry; the referral is delivered.
   *
   * @throws org.springframework.dao.DuplicateKeyException when it was recorded already
   */
  void acknowledged(UUID protocolId, String caseNumber, int attempts, Instant at);
}
