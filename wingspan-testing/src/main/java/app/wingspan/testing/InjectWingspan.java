package app.wingspan.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a non-static field of a {@link WingspanTest @WingspanTest} class to be set before each
 * test, after the reset: its type is one of those {@link WingspanTest} lists.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectWingspan {}
