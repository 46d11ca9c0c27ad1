package io.pmi.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The envelope of a collection paged by keyset, for feeds that other systems read to the end while rows are added
 * (exports, history): the next page starts after the last row of this one, so no row is skipped or read twice.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CursorPage<T>(
        @Schema(description = "The items of this page, in the documented order.") List<T> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page.") String nextCursor) {

    /**
     * The page from {@code fetched}, which the query read with a limit of {@code size + 1}: one row more than the
     * page says that there is a next page, which starts after the page's last row.
     */
    public static <T> CursorPage<T> of(List<T> fetched, int size, Function<T, Cursor> key) {
        if (fetched.size() <= size) {
            return new CursorPage<>(fetched, null);
        }
        List<T> page = fetched.subList(0, size);
        return new CursorPage<>(page, key.apply(page.get(size - 1)).encode());
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
