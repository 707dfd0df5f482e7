-- expect: adding-field-with-volatile-default
-- shale cannot know that make_token() is not VOLATILE.
ALTER TABLE orders ADD COLUMN token text DEFAULT make_token();
