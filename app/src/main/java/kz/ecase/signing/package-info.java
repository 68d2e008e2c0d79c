/**
 * Signing: every procedural document is signed by its author with a detached CMS signature
 * (CAdES-BES) and may be co-signed (approvals add a SignerInfo). On the embedded default ecase runs
 * its own small certificate authority and keeps each user's key wrapped under a key-encryption key
 * held outside the database, opened by their signing PIN (checked against a verifier keyed from
 * that KEK, wrong PINs counted); in production it also accepts signatures made elsewhere and checks
 * them against configured trust anchors and CRLs. Anyone can check a signature with {@code openssl
 * cms -verify} and the CA certificate, without trusting ecase.
 */
@ApplicationModule(
    displayName = "Signing",
    allowedDependencies = {"documents", "identity", "kernel", "ledger", "platform"})
package kz.ecase.signing;

import org.springframework.modulith.ApplicationModule;
