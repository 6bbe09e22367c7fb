-- A signature may be given on behalf of someone else (a deputy signing for the chief executive):
-- whose signature it stands for, in words, as the signatory gives it. Null: signed in person.
alter table document_sign_offs add column on_behalf_of text;
