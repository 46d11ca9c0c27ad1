package io.pmi.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** The envelope of every collection. */
public record PageResponse<T>(
        @Schema(description = "The items of this page, in the documented order.") List<T> items,
        @Schema(description = "Number of items matching the request over all pages.", example = "6") long total,
        @Schema(description = "This page's number, from 0.", example = "0") int page,
        @Schema(description = "The page size requested.", example = "20") int size) {

    /** Pages a list that is already complete in memory (small, bounded collections). */
    public static <S, T> PageResponse<T> ofAll(List<S> all, PageParams params, Function<S, T> mapper) {
        int from = (int) Math.min((long) params.page * params.size, all.size());
        int to = Math.min(from + params.size, all.size());
        return new PageResponse<>(all.subList(from, to).stream().map(mapper).toList(), all.size(), params.page,
                params.size);
    }
}
