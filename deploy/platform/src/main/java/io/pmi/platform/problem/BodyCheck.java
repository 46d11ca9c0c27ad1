package io.pmi.platform.problem;

import java.util.List;
import java.util.Set;

/**
 * What a service checks in a request body beyond its own shape (references to stored data, say), offered to the
 * platform so that a body with other mistakes reports these too, all in one 400. A CDI bean; it is asked only when
 * the body already has an unknown field, a wrong type or a broken constraint: a body without any reaches the
 * resource, whose service makes the same checks itself.
 *
 * @param <T> the request body type it checks
 */
public interface BodyCheck<T> {

    Class<T> bodyType();

    /**
     * The body's further errors, at their JSON paths.
     *
     * @param body    the body as read, with null wherever a value could not be read
     * @param invalid the paths that already have an error, whose values are not worth checking further
     */
    List<FieldError> check(T body, Set<String> invalid);
}
