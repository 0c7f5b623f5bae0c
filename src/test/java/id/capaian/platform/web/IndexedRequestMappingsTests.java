package id.capaian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexedRequestMappingsTests {

    @Test
    void patternsAreFiledByTheirSegmentsAndFirstLiteral() {
        assertThat(IndexedRequestMappings.keyOfPattern("/agencies/{a}/plans/{p}/realisations")).isEqualTo("5/agencies/plans");
        assertThat(IndexedRequestMappings.keyOfPattern("/")).isEqualTo("1//-");
        assertThat(IndexedRequestMappings.keyOfPattern("/{lang}/help")).isEqualTo("2/*/-");
        assertThat(IndexedRequestMappings.keyOfPattern("/a?c/x")).isEqualTo("2/*/-");
        assertThat(IndexedRequestMappings.keyOfPattern("/agencies/{a}/{kind}/x")).isEqualTo("4/agencies/*");
        assertThat(IndexedRequestMappings.keyOfPattern("/webjars/**")).isNull();
        assertThat(IndexedRequestMappings.keyOfPattern("/files/{*rest}")).isNull();
        assertThat(IndexedRequestMappings.keyOfPattern("")).isNull();
        assertThat(IndexedRequestMappings.segments("/agencies/1/")).containsExactly("agencies", "1", "");
    }
}
