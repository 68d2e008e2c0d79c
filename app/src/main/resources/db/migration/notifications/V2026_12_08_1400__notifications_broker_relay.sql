-- When the broker confirmed it holds this message's relay (ECASE_BROKER_URL set; docs/scaling.md,
-- Message broker); null: never handed to the broker. A row due again after it (a failed send's
-- retry, an expired lease) is relayed again.
alter table sms_outbox add column relayed_at timestamptz;
