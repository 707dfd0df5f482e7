package dev.shale.spring.library;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small application: JPA, jOOQ and a JDBC template read the books Shale's migrations made. */
@SpringBootApplication
public class LibraryApplication {}
