package com.agora.product.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The category hierarchy; filtering by a category includes everything filed under its subcategories. */
public final class CategoryTree {

    public record Node(long id, Long parentId) {
    }

    private final Map<Long, List<Long>> children = new HashMap<>();

    public CategoryTree(Collection<Node> nodes) {
        for (Node node : nodes) {
            if (node.parentId() != null) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node.id());
            }
        }
    }

    public Set<Long> withDescendants(long root) {
        Set<Long> found = new LinkedHashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            long id = pending.pop();
            if (found.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }
}
