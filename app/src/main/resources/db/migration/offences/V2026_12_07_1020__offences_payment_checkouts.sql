-- Payments the citizen started at the provider (its checkout, waiting for the person on its pay
-- page). While one is pending (no payment recorded for it yet, and not older than
-- ecase.offences.payments.pending-for) starting a payment of the same protocol again gives the same
-- checkout: a double click, a second tab or a retried request never makes a second payment. The
-- starts of one protocol queue on a lock (PaymentStore#lock), so this holds under a race.
-- Insert-only: a checkout is settled by the payment recorded under its provider payment id.
create table offence_payment_checkouts (
    provider_payment_id  text          primary key,
    protocol_id          uuid          not null references offence_protocols (id),
    pay_url              text          not null,
    amount_kzt           numeric(14,2) not null check (amount_kzt > 0),
    started_at           timestamptz   not null,
    started_by           text          not null
);
create index offence_payment_checkouts_by_protocol
    on offence_payment_checkouts (protocol_id, started_at desc);

create trigger offence_payment_checkouts_append_only before update or delete
    on offence_payment_checkouts for each row execute function ecase_refuse_change();
create trigger offence_payment_checkouts_no_truncate before truncate on offence_payment_checkouts
    for each statement execute function ecase_refuse_change();

grant select, insert on offence_payment_checkouts to ${app_role};
