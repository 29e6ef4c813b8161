package org.metrolex.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.metrolex.platform.problem.RuleViolation;

/** One page of a list: the items, the total count, the page number (from 1) and the page size. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;
    /** The last page anyone may ask for: its offset, (page - 1) × size, then always fits the database's integer. */
    public static final int MAX_PAGE = 1_000_000;

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

    /**
     * Page number and size clamped to sane bounds (below 1 is the first page, a size above {@link #MAX_SIZE}
     * is that size); a page beyond {@link #MAX_PAGE} is refused naming the field, rather than letting
     * (page - 1) × size overflow into a negative offset the database refuses.
     */
    public static int[] clamp(Integer page, Integer size) {
        if (page != null && page > MAX_PAGE) {
            throw new RuleViolation("page", "range", "页码须在 1 至 " + MAX_PAGE + " 之间（填写了 " + page + "）",
                    "page must be between 1 and " + MAX_PAGE + " (" + page + " given)");
        }
        int p = page == null || page < 1 ? 1 : page;
        int s = size == null || size < 1 ? 20 : Math.min(size, MAX_SIZE);
        return new int[] {p, s};
    }
}
