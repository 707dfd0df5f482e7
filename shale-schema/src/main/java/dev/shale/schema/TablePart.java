package dev.shale.schema;

/** Anything that can be listed inside {@code table(name, ...)}: columns, constraints, indexes. */
public sealed interface TablePart
    permits Column,
        PrimaryKeyDef,
        UniqueDef,
        ForeignKeyDef,
        CheckDef,
        IndexDef,
        RowLevelSecurityDef,
        PolicyDef,
        ExclusionDef,
        TriggerDef {}
