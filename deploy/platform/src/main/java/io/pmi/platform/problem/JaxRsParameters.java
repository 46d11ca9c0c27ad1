package io.pmi.platform.problem;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.annotation.Annotation;

/** Where a JAX-RS parameter comes from and the name a client gives it, read from its annotations. */
final class JaxRsParameters {

    private JaxRsParameters() {
    }

    /** {@code query}, {@code path} or {@code header}; {@code fallback} for anything else (the body). */
    static String location(Annotation[] annotations, String fallback) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam) {
                return "query";
            }
            if (annotation instanceof PathParam) {
                return "path";
            }
            if (annotation instanceof HeaderParam) {
                return "header";
            }
        }
        return fallback;
    }

    static String name(Annotation[] annotations, String fallback) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return fallback;
    }
}
