package com.agora.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.agora.kernel.agent.Agent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code server-config/agents.txt} (from which the domain setup creates one queue per agent) and the {@link Agent}
 * enum (from which the code routes events to those queues) must name the same agents. They are compared line by
 * line, key, name and responsibility, in the same order, so either file can be read as the other and a diff between
 * them is always a mistake.
 */
class AgentListTest {

    /** Resolved from the module directory, where Maven runs the tests. */
    private static final Path AGENTS_TXT = Path.of("../server-config/agents.txt");

    @Test
    void agentsTxtAndTheAgentEnumListTheSameAgentsInTheSameOrder() throws IOException {
        List<String> inEnum = Arrays.stream(Agent.values())
                .map(agent -> agent.key() + "|" + agent.displayName() + "|" + agent.responsibility())
                .toList();
        List<String> inFile = agentLines(AGENTS_TXT);
        if (inEnum.equals(inFile)) {
            return;
        }
        StringBuilder report = new StringBuilder("server-config/agents.txt and com.agora.kernel.agent.Agent disagree."
                + " Edit both in the same commit so that each agent is one line key|Name|responsibility in the file"
                + " and one constant with the same three values in the enum, in the same order.");
        appendDifference(report, "Only in the Agent enum (add to agents.txt, or remove the constant):", inEnum, inFile);
        appendDifference(report, "Only in agents.txt (add a constant to Agent, or remove the line):", inFile, inEnum);
        if (new HashSet<>(inEnum).equals(new HashSet<>(inFile))) {
            int at = 0;
            while (inEnum.get(at).equals(inFile.get(at))) {
                at++;
            }
            report.append("\nThe same agents in another order; agent ").append(at + 1).append(" is ")
                    .append(inEnum.get(at)).append(" in the enum but ").append(inFile.get(at)).append(" in agents.txt");
        }
        fail(report.toString());
    }

    @Test
    void everyAgentKeyIsUniqueAndUsableAsAQueueName() {
        Set<String> keys = new LinkedHashSet<>();
        for (Agent agent : Agent.values()) {
            assertTrue(agent.key().matches("[a-z0-9][a-z0-9-]*"),
                    agent + ": the key '" + agent.key() + "' must be lowercase letters, digits and dashes"
                            + " (server-config refuses anything else as a queue name)");
            assertTrue(keys.add(agent.key()), agent + ": the key '" + agent.key() + "' is used twice");
        }
    }

    /** The lines server-config reads: blank lines and # comments skipped, as {@code config_lines} does. */
    private static List<String> agentLines(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file.toAbsolutePath().normalize() + " is missing;"
                + " the test runs in the ejb-agents module and reads the agent list from the repository beside it");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    private static void appendDifference(StringBuilder report, String title, List<String> these, List<String> those) {
        List<String> only = these.stream().filter(line -> !those.contains(line)).toList();
        if (!only.isEmpty()) {
            report.append('\n').append(title);
            only.forEach(line -> report.append("\n  ").append(line));
        }
    }
}
