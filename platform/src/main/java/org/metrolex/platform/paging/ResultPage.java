package org.metrolex.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the total count, the page number (from 1) and the page size. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    public int pages() {
        return size == 0 ? 0 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public <R> ResultPage<R> map(Function<T, R> f) {
        return new ResultPage<>(items.stream().map(f).toList(), total, page, size);
    }

    /** Page number and size clamped to sane bounds. */
    public static int[] clamp(Integer page, Integer size) {
        int p = page == null || page < 1 ? 1 : page;
        int s = size == null || size < 1 ? 20 : Math.min(size, MAX_SIZE);
        return new int[] {p, s};
    }
}
