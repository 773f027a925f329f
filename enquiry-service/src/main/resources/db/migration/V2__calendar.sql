-- ENQ-2: days the council is closed beyond weekends and bank holidays.
create table closure_day (
    day         date          primary key,
    reason      varchar(200)  not null
);

-- Bank holidays imported from GOV.UK's bank-holidays.json (one-off holidays announced after a Jollyday release).
create table imported_bank_holiday (
    nation      varchar(30)   not null,
    day         date          not null,
    title       varchar(200)  not null,
    primary key (nation, day)
);
