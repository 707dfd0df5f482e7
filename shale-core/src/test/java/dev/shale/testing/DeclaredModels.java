package dev.shale.testing;

import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.model.SchemaModel;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** The model of tables and views declared with the DSL, without a source file. */
public final class DeclaredModels {
  private DeclaredModels() {}

  public static SchemaModel of(Table... tables) {
    return of(List.of(tables), List.of());
  }

  public static SchemaModel of(List<Table> tables, List<PgView> views) {
    List<Declared<Table>> declared = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      declared.add(new Declared<>(tables.get(i), "T.T" + i));
    }
    List<Declared<PgView>> declaredViews = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      declaredViews.add(new Declared<>(views.get(i), "T.V" + i));
    }
    return ModelTranslator.translate(
        new DeclaredObjects(
            List.of(), List.of(), List.of(), declared, declaredViews, List.of(), List.of()));
  }
}
