package id.capaian.organisation.internal.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The two graph questions an import asks of "reports to" and "lies under": loops, and an order to insert in. */
final class Graphs {

    private Graphs() {
    }

    /**
     * The nodes that lie on a loop, where every node has at most one successor (its parent or superior). Linear
     * in the number of nodes, whatever the depth of the tree.
     */
    static <K> Set<K> onCycles(Map<K, K> next) {
        Map<K, Boolean> finished = new HashMap<>(next.size() * 2);
        Set<K> result = new HashSet<>();
        for (K start : next.keySet()) {
            if (finished.containsKey(start)) {
                continue;
            }
            List<K> path = new ArrayList<>();
            K k = start;
            while (k != null && !finished.containsKey(k)) {
                finished.put(k, Boolean.FALSE);
                path.add(k);
                k = next.get(k);
            }
            if (k != null && Boolean.FALSE.equals(finished.get(k))) {
                result.addAll(path.subList(path.indexOf(k), path.size()));
            }
            for (K p : path) {
                finished.put(p, Boolean.TRUE);
            }
        }
        return result;
    }

    /**
     * The nodes ordered so that a node's parent comes before it when the parent is among the nodes too. The
     * parent relation must be free of loops (checked before).
     */
    static <K> List<K> parentsFirst(Collection<K> nodes, Map<K, K> parentOf) {
        Set<K> members = new HashSet<>(nodes);
        Set<K> placed = new HashSet<>(nodes.size() * 2);
        List<K> out = new ArrayList<>(nodes.size());
        for (K node : nodes) {
            Deque<K> chain = new ArrayDeque<>();
            K k = node;
            while (k != null && members.contains(k) && !placed.contains(k) && chain.size() <= members.size()) {
                chain.push(k);
                k = parentOf.get(k);
            }
            while (!chain.isEmpty()) {
                K c = chain.pop();
                if (placed.add(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
