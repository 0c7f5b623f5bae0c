package id.capaian.planning.web;

import java.util.HashMap;
import java.util.Map;

/** The planned actions of an RHK, one text per sub-period: {@code actions[1]}, {@code actions[2]}, ... */
public class ActionsInput {
    private Map<Integer, String> actions = new HashMap<>();

    public Map<Integer, String> getActions() { return actions; }
    public void setActions(Map<Integer, String> actions) { this.actions = actions; }
}
