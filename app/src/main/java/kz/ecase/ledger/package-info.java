/**
 * Ledger: every registered fact as an entry of an append-only Merkle log (RFC 9162). Modules call
 * {@link kz.ecase.ledger.Ledger#record} in the same transaction as the change it records; a single
 * integrator then gives entries gap-free indexes in batches, stores the tree's nodes, and signed
 * checkpoints (C2SP) let anyone check inclusion and consistency without trusting the server.
 */
@ApplicationModule(displayName = "Ledger")
package kz.ecase.ledger;

import org.springframework.modulith.ApplicationModule;
