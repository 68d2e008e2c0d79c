-- When the broker confirmed it holds this sending's relay (ECASE_BROKER_URL set; docs/scaling.md,
-- Message broker); null: never handed to the broker.
alter table court_referrals add column relayed_at timestamptz;
