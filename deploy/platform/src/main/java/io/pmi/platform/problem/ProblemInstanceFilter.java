package io.pmi.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every problem names the request it answers in {@code instance}, including those raised where no exception mapper
 * sees them (a parameter converter's, answered by Quarkus REST directly).
 */
@Provider
public class ProblemInstanceFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.getInstance() == null) {
            response.setEntity(problem.at(request.getUriInfo().getRequestUri().getRawPath()));
        }
    }
}
