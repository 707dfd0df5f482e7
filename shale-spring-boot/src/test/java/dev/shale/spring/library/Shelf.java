package dev.shale.spring.library;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the books while the context starts, through a JDBC template and through jOOQ: the table
 * must exist by then, so Shale has to have migrated before these beans are created.
 */
@Component
public class Shelf {
  private final long countedByJdbc;
  private final int countedByJooq;

  public Shelf(JdbcTemplate jdbc, DSLContext jooq) {
    this.countedByJdbc = jdbc.queryForObject("SELECT count(*) FROM books", Long.class);
    this.countedByJooq = jooq.fetchCount(DSL.table("books"));
  }

  public long countedByJdbc() {
    return countedByJdbc;
  }

  public int countedByJooq() {
    return countedByJooq;
  }
}
