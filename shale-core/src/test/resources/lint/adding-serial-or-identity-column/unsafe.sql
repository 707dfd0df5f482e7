-- expect: adding-serial-or-identity-column
ALTER TABLE events ADD COLUMN seq bigserial;
