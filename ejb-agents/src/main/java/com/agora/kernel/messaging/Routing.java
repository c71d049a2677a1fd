package com.agora.kernel.messaging;

import com.agora.events.EventType;
import com.agora.kernel.agent.Agent;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Checks that the routing table ({@link EventType}) and the agents' inboxes agree: every subscriber of an event
 * type has an inbox with a handler for it, every handler is for an event routed to its agent, and no agent has two
 * inboxes. A disagreement would otherwise show only as dead letters at runtime.
 */
public final class Routing {

    private Routing() {
    }

    /** @return what disagrees, in words for a developer; empty when the routing is sound */
    public static List<String> mismatches(List<? extends AgentInbox> inboxes) {
        List<String> problems = new ArrayList<>();
        Map<Agent, Set<EventType>> handled = new EnumMap<>(Agent.class);
        for (AgentInbox inbox : inboxes) {
            if (handled.put(inbox.agent(), inbox.handlers().types()) != null) {
                problems.add(inbox.agent().key() + " has more than one inbox");
            }
        }
        for (EventType type : EventType.values()) {
            for (Agent subscriber : type.subscribers()) {
                Set<EventType> types = handled.get(subscriber);
                if (types == null) {
                    problems.add(type.typeName() + " is routed to " + subscriber.key() + ", which has no inbox");
                } else if (!types.contains(type)) {
                    problems.add(type.typeName() + " is routed to " + subscriber.key()
                            + ", whose inbox has no handler for it");
                }
            }
        }
        handled.forEach((agent, types) -> types.stream().filter(type -> !type.subscribers().contains(agent))
                .forEach(type -> problems.add(agent.key() + " handles " + type.typeName()
                        + ", which the routing table does not send it")));
        return problems;
    }

    /**
     * One instance of every inbox class packaged with the given class (a directory of classes, as the build's
     * output or an exploded module on the server, or a jar), made with the no-argument constructor every
     * message-driven bean has.
     */
    public static List<AgentInbox> inboxesBeside(Class<?> anchor) {
        List<AgentInbox> inboxes = new ArrayList<>();
        try {
            for (String name : inboxClassNames(anchor)) {
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                if (AgentInbox.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    inboxes.add((AgentInbox) type.getDeclaredConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("an inbox could not be instantiated: " + e, e);
        }
        return inboxes;
    }

    private static List<String> inboxClassNames(Class<?> anchor) {
        try {
            Path location = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> entries;
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    entries = files.map(f -> location.relativize(f).toString().replace(File.separatorChar, '/'))
                            .toList();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    entries = jar.stream().map(JarEntry::getName).toList();
                }
            }
            return entries.stream().filter(e -> e.endsWith("Inbox.class")).sorted()
                    .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
