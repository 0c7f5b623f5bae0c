package id.capaian.organisation.api;

import id.capaian.platform.PageResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** One page of a list as the API shows it. */
@Schema(description = "One page of results; pages are numbered from 0")
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    static <S, T> PageResponse<T> of(PageResult<S> result, Function<S, T> mapper) {
        return new PageResponse<>(result.content().stream().map(mapper).toList(), result.page(), result.size(),
                result.totalElements(), result.totalPages());
    }
}
