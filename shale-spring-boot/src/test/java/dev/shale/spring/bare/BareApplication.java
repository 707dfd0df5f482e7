package dev.shale.spring.bare;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with no beans of its own that use the database. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BareApplication {}
