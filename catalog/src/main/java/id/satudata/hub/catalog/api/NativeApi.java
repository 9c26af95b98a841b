package id.satudata.hub.catalog.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the native API that lives outside this package (such as the push API, which needs the
 * hub's pipelines), so that {@link ApiProblemHandler} renders its failures as problems too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NativeApi {}
