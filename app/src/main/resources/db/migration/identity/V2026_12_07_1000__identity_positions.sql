-- The position an official signs documents with, in Kazakh and Russian (e.g. "Инспектор
-- дорожно-патрульной полиции"). Empty: documents print a wording of the account's role.
alter table user_accounts add column position_kk varchar(200);
alter table user_accounts add column position_ru varchar(200);

-- The demo accounts of a database created before positions existed.
update user_accounts set position_kk = 'Жол-патрульдік полициясының инспекторы',
    position_ru = 'Инспектор дорожно-патрульной полиции' where username = 'officer' and demo;
update user_accounts set position_kk = 'Полиция басқармасының бастығы',
    position_ru = 'Начальник управления полиции' where username = 'head' and demo;
update user_accounts set position_kk = 'Тергеу бөлімінің тергеушісі',
    position_ru = 'Следователь следственного отдела' where username = 'investigator' and demo;
