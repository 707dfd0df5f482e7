-- What the user keeps outside Shale (their own script): the domain that items.qty uses.
CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);
