-- The secretariat's lists now read the matching database, with its filters and CSV: the
-- simple lists behind the first pages (V50) and their processors' tokens go.
drop table if exists page_request_list;
drop table if exists page_offer_list;
delete from token_entry where processor_name in ('request-list', 'offer-list');
