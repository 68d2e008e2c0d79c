-- The demo citizen (IIN 850315401231) is called as the simulated registries answer for that IIN, so
-- the name on the portal is the one an officer's look-up shows. Databases made before this by the
-- demo data get the same name; nothing else is touched.
update user_accounts set display_name = 'Петрова Дарья Николаевна'
    where username = 'citizen' and demo and iin = '850315401231'
      and display_name = 'Әйгерім Серікова';
