package com.agora.kernel.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.kernel.error.DomainProblem;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void theLastAllowedPageAtTheLargestSizeStillHasAPositiveOffset() {
        PageRequest last = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);

        assertEquals((long) (PageRequest.MAX_PAGE - 1) * PageRequest.MAX_SIZE, last.offset());
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedAsInvalidInput() {
        DomainProblem problem = assertThrows(DomainProblem.class, () -> PageRequest.of(Integer.MAX_VALUE, 1));

        assertEquals(DomainProblem.Kind.INVALID, problem.kind());
        assertEquals("page", problem.fieldErrors().get(0).field());
    }
}
