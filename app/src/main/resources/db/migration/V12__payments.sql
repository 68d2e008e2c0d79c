-- Payments of SRAP fines as the payment provider reports them (its signed callback, or its daily
-- statement when a callback was lost). A payment is a registered fact: insert-only, one row per
-- provider payment id (a repeated notification finds it and records nothing), each with its ledger
-- entry offences.PaymentReceived in the same transaction. What the payment did to the protocol is
-- its outcome; money beyond what was due is flagged for refund, and a payment the protocol's state
-- does not allow (appealed, cancelled, unknown reference) is kept and flagged for staff.
create table offence_payments (
    id                   uuid          primary key,
    provider_payment_id  text          not null unique,
    reference            text          not null,
    protocol_id          uuid          references offence_protocols (id),
    amount_kzt           numeric(14,2) not null check (amount_kzt > 0),
    method               text          not null,
    paid_at              timestamptz   not null,
    received_at          timestamptz   not null,
    received_via         text          not null,
    outcome              text          not null,
    counted_kzt          numeric(14,2) not null,
    excess_kzt           numeric(14,2) not null,
    attention            text,
    receipt              bigint
);
create index offence_payments_by_protocol on offence_payments (protocol_id, paid_at);
create index offence_payments_by_day on offence_payments (paid_at);

-- Daily reconciliation of the recorded payments against the provider's statement; each run a new
-- report (the scheduled job makes one per day, whichever instance gets there first).
create table offence_payment_reconciliations (
    day        date        not null,
    run        integer     not null,
    made_at    timestamptz not null,
    made_by    text        not null,
    report     text        not null,
    primary key (day, run)
);

create trigger offence_payments_append_only before update or delete on offence_payments
    for each row execute function ecase_refuse_change();
create trigger offence_payments_no_truncate before truncate on offence_payments
    for each statement execute function ecase_refuse_change();
create trigger offence_payment_reconciliations_append_only before update or delete
    on offence_payment_reconciliations for each row execute function ecase_refuse_change();
create trigger offence_payment_reconciliations_no_truncate before truncate
    on offence_payment_reconciliations for each statement execute function ecase_refuse_change();

grant select, insert on offence_payments, offence_payment_reconciliations to ${app_role};
