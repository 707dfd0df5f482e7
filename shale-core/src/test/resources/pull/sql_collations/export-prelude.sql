-- What the export needs but the model leaves unmanaged: the collation columns use.
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
