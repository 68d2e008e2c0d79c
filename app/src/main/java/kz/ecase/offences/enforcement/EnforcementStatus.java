package kz.ecase.offences.enforcement;

/**
 * Where a referral to AIS BEP stands, from what is recorded about it: sent (waiting for its first
 * acknowledgement), failing (the last attempt failed; it is retried), acknowledged (AIS BEP opened
 * a case), executed (collected: the protocol is paid) or returned (sent back without execution; the
 * decision stays in enforcement's hands and the fine stays owed).
 */
public enum EnforcementStatus {
  SENT,
  FAILING,
  ACKNOWLEDGED,
  EXECUTED,
  RETURNED;

  /**
   * The status from the recorded facts and the outbox's last error: the latest fact decides; until
   * AIS BEP acknowledges, a referral whose last attempt failed is failing.
   */
  public static EnforcementStatus of(
      boolean acknowledged, boolean executed, boolean returned, String lastError) {
    if (executed) {
      return EXECUTED;
    }
    if (returned) {
      return RETURNED;
    }
    if (acknowledged) {
      return ACKNOWLEDGED;
    }
    return lastError == null ? SENT : FAILING;
  }

  /**
   * Whether AIS BEP is still to report on the case (acknowledged, neither executed nor returned).
   */
  public boolean open() {
    return this == ACKNOWLEDGED;
  }
}
