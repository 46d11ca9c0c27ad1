package io.pmi.platform.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Says which language a {@link Localized} response is in, and that caches must key on Accept-Language. */
@Provider
@Localized
public class LocalizedResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (response.getStatus() < 400) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    ContentLanguage.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).tag());
        }
    }
}
