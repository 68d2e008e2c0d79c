/**
 * Audit of reads: every time a user is shown a record or a person's data, who, when, what and why
 * is written to the ledger in the same transaction as the read (no read without its record), and
 * indexed so that a head of unit or a supervising prosecutor can list the reads in their
 * jurisdiction and a person can see who read their data.
 */
@ApplicationModule(displayName = "Audit")
package kz.ecase.audit;

import org.springframework.modulith.ApplicationModule;
