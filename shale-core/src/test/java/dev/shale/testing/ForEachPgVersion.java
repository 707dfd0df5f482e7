package dev.shale.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a test method once per version of {@link TestPostgres#versions()} (14, 17 and 18 unless
 * {@code -Dshale.pg.versions} narrows them), passing the {@link PgVersion} as its first parameter;
 * each run is named after the version ({@code PostgreSQL 14}).
 *
 * <pre>{@code
 * @ForEachPgVersion
 * void nullsNotDistinct(PgVersion version) {
 *   try (var db = TestPostgres.freshDatabase(version)) {
 *     db.apply("CREATE TABLE t (a int)");
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@MethodSource("dev.shale.testing.TestPostgres#versions")
public @interface ForEachPgVersion {}
