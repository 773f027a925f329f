-- What a template needs beyond a matter (e.g. the enquiry an acknowledgement is about), as JSON.
alter table notification add column context text;
alter table notification add column subject varchar(300);
