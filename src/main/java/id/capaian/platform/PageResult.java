package id.capaian.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the rows, the page number (from 0), the page size and the total count. */
public record PageResult<T>(List<T> content, int page, int size, long totalElements) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(content.stream().map(mapper).toList(), page, size, totalElements);
    }

    public static int clampSize(Integer size) {
        if (size == null || size <= 0) {
            return 25;
        }
        return Math.min(size, 200);
    }
}
