-- When the broker confirmed it holds this referral's relay (ECASE_BROKER_URL set; docs/scaling.md,
-- Message broker); null: never handed to the broker.
alter table enforcement_outbox add column relayed_at timestamptz;
