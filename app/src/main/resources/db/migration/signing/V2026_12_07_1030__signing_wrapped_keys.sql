-- Users' signing keys wrapped under a key-encryption key (KEK) held outside the database, with a
-- verifier of the PIN keyed from the KEK (docs/security.md#keys-and-certificates-embedded-default):
--   wrapped_key   the PKCS#8 private key, AES-256-GCM under the KEK (12-byte nonce || ciphertext
--                 || tag), the username and serial as associated data
--   kek_id        which KEK wraps it (16 hex digits derived from the KEK), so a KEK can be rotated
--   pin_verifier  HMAC-SHA256 over (username, serial, PIN) with a key derived from the KEK
--   chain         the certificate chain (PEM), the user's certificate first, as signatures carry it
-- A row written before holds its PKCS#12 (under the PIN) until the PIN first opens it; it is then
-- wrapped and its pkcs12 cleared. Every row holds one form or the other.
alter table signing_keys
    alter column pkcs12 drop not null,
    add column wrapped_key  bytea,
    add column kek_id       varchar(32),
    add column pin_verifier bytea,
    add column chain        bytea;

alter table signing_keys add constraint signing_keys_wrapped_or_pkcs12 check (
    (wrapped_key is not null and kek_id is not null and pin_verifier is not null
        and chain is not null and pkcs12 is null)
    or (wrapped_key is null and kek_id is null and pin_verifier is null and chain is null
        and pkcs12 is not null));
