package com.agora.bench;

import com.agora.bench.Api.BenchException;
import com.agora.bench.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readiness document of the agents. The platform as a whole reports DOWN while agents are still
 * unimplemented, so only the Order and Inventory agents decide whether a run makes sense. The failure and
 * dead-letter counters of every deployed agent are read around each level: an event that failed in the
 * asynchronous part never shows up as an HTTP error, and must not go unnoticed either.
 */
final class Health {

    static final List<String> NEEDED = List.of("agent-order", "agent-inventory");

    record Agent(String name, String status, boolean implemented, long eventsFailed, long deadLettered) {
    }

    private final Map<String, Agent> agents;

    private Health(Map<String, Agent> agents) {
        this.agents = agents;
    }

    static Health read(Api api) throws IOException, InterruptedException {
        Reply reply = api.get("/health/ready", null);
        JsonStructure doc;
        try {
            doc = Api.parse(reply.body());
        } catch (RuntimeException e) {
            throw new BenchException("/health/ready did not answer with JSON (HTTP " + reply.status() + "): "
                    + reply.excerpt() + " - is the platform up? Run ./agora up");
        }
        Map<String, Agent> found = new LinkedHashMap<>();
        if (doc instanceof JsonObject object && object.containsKey("checks")) {
            for (JsonValue value : object.getJsonArray("checks")) {
                JsonObject check = value.asJsonObject();
                String name = check.getString("name", "?");
                JsonObject data = check.containsKey("data") ? check.getJsonObject("data") : JsonValue.EMPTY_JSON_OBJECT;
                found.put(name, new Agent(name, check.getString("status", "?"),
                        !"not-implemented".equals(data.getString("state", "")), counter(data, "eventsFailed"),
                        counter(data, "deadLettered")));
            }
        }
        return new Health(found);
    }

    /** For the counters around a level: a redeployment in the middle must not end the run, only blur the count. */
    static Health tryRead(Api api) throws InterruptedException {
        try {
            return read(api);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Fails with the agents that are missing or not UP. */
    void requireReady() {
        StringBuilder problems = new StringBuilder();
        for (String name : NEEDED) {
            Agent agent = agents.get(name);
            if (agent == null || !"UP".equals(agent.status())) {
                problems.append(problems.length() == 0 ? "" : ", ")
                        .append(name).append(agent == null ? " missing" : " " + agent.status());
            }
        }
        if (problems.length() > 0) {
            throw new BenchException("the agents the benchmark needs are not ready (" + problems
                    + "); start the platform with ./agora up and wait until it reports Ready");
        }
    }

    /** Whether the agent with this key ("fraud-detection") is deployed; unknown agents count as not deployed. */
    boolean implemented(String agentKey) {
        Agent agent = agents.get("agent-" + agentKey);
        return agent != null && agent.implemented();
    }

    /** Handler failures plus dead letters of every deployed agent since {@code before}; -1 when unknown. */
    static long failuresBetween(Health before, Health after) {
        return before == null || after == null ? -1 : after.failuresSince(before);
    }

    private long failuresSince(Health before) {
        long total = 0;
        for (Agent now : agents.values()) {
            Agent then = before.agents.get(now.name());
            if (now != null && then != null) {
                total += Math.max(0, now.eventsFailed() - then.eventsFailed())
                        + Math.max(0, now.deadLettered() - then.deadLettered());
            }
        }
        return total;
    }

    private static long counter(JsonObject data, String name) {
        if (!data.containsKey(name)) {
            return 0;
        }
        JsonValue value = data.get(name);
        try {
            return switch (value.getValueType()) {
                case NUMBER -> data.getJsonNumber(name).longValue();
                case STRING -> Long.parseLong(data.getString(name).trim());
                default -> 0;
            };
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
