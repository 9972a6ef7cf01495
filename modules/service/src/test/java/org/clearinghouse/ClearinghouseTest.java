package org.clearinghouse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a real PostgreSQL: a throw-away embedded cluster shared by the
 * test JVM, with a fresh database for each application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "clearinghouse.embedded.postgres.ephemeral=true")
public @interface ClearinghouseTest {

}
