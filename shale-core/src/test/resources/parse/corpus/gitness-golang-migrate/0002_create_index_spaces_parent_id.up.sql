CREATE INDEX spaces_parent_id
ON spaces(space_parent_id);
