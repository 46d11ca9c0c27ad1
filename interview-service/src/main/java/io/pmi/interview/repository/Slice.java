package io.pmi.interview.repository;

import java.util.List;

/** One page of rows and the number of rows over all pages. */
public record Slice<T>(List<T> items, long total) {
}
