package com.agora.kernel.paging;

import com.agora.kernel.error.DomainProblem;

/** One page of a list: 1-based page number up to {@link #MAX_PAGE} and a size of 1 to 100. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** The last page whose first row still has an int offset at the largest size (JPA's setFirstResult is an int). */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw DomainProblem.invalid("page", "must be between 1 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainProblem.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
