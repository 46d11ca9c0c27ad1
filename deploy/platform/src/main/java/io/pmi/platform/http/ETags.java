package io.pmi.platform.http;

import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Entity tags of versioned resources: the version as a strong validator. Updates must name the version they
 * change in {@code If-Match}: missing is a 428, stale is a 412, so no one overwrites a change they never saw.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the representation of a versioned resource and its ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).header(HttpHeaders.ETAG, of(version)).build();
    }

    /** 201 with the new resource's Location, its representation and its ETag. */
    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).entity(entity).header(HttpHeaders.ETAG, of(version)).build();
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you are changing.");
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || trimmed.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The resource has changed since you read it: "
                + "its ETag is now " + current + ". Read it again and reapply your change.");
    }
}
