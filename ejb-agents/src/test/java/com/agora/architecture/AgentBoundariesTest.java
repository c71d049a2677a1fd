package com.agora.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.agora.kernel.agent.Agent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the code of one agent may use of the rest of the platform, checked over the sources of this module (the
 * {@code import} lines, and any class named in full in the code), so that no server is needed.
 *
 * <p>Code in a component's packages ({@code com.agora.<component>..}) may use only:
 * <ul>
 * <li>libraries: the JDK, Jakarta EE, MicroProfile and third-party code (anything outside {@code com.agora});</li>
 * <li>the shared packages in {@link #SHARED}: the kernel, the events, and the persistence module's base classes;</li>
 * <li>its own packages, including its entities in the persistence module ({@code com.agora.<component>.entity});</li>
 * <li>another component's {@code boundary.<Name>Facts} class, the only bean one agent may ask another.</li>
 * </ul>
 * A component is an agent of the {@link Agent} enum, in the package named after its key (see {@link #agentPackage}),
 * or one of the {@link #PLATFORM} components that serve the API and the consoles rather than an agent. Customer and
 * Infrastructure are agents (the enum lists them), although each has only a query bean so far. The shared packages
 * themselves may use no component at all: they sit below every agent.
 *
 * <p>An entity named in a JPQL query counts as a use too, although no import shows it: a query over another agent's
 * entity reads that agent's tables as surely as an import of the class (the shared list search once did so).
 *
 * <p>What breaks these rules today is listed in {@code src/test/resources/architecture-allowlist.txt}, one
 * {@code from-class -> used-class} per line. The list may only shrink: a use that is not listed fails the test,
 * and so does a listed one that has gone, so a fixed violation cannot come back unnoticed.
 */
class AgentBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Where the entities live besides this module: JPQL names them by their simple names only. */
    private static final Path ENTITY_SOURCES = Path.of("../persistence/src/main/java");
    private static final String ALLOW_LIST = "architecture-allowlist.txt";
    private static final String ALLOW_LIST_PATH = "ejb-agents/src/test/resources/" + ALLOW_LIST;

    /**
     * Not agents, but components with their own tables: accounts and sign-in, and the merchants' accounts. The
     * agents reach them under the same rule as another agent.
     */
    private static final Set<String> PLATFORM = Set.of("security", "merchant");

    /** What every component may use: the kernel, the events, and the mapped superclasses and converters. */
    private static final Set<String> SHARED = Set.of("kernel", "events", "persistence");

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;",
            Pattern.MULTILINE);
    private static final Pattern NAMED_IN_FULL = Pattern.compile("\\bcom\\.agora(\\.[a-z_][\\w]*)+\\.[A-Z]\\w*");
    /** The entities of a JPQL range ({@code from A a, B b}) or an entity join ({@code join B b}). */
    private static final Pattern QUERIED_RANGE = Pattern.compile(
            "\\b(?i:from|join)\\s+([A-Z]\\w*)\\s+\\w+((\\s*,\\s*[A-Z]\\w*\\s+\\w+)*)");
    private static final Pattern ENTITY_IN_RANGE = Pattern.compile("([A-Z]\\w*)\\s+\\w+");
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'", Pattern.DOTALL);

    private static Set<String> components;
    private static Map<String, String> entities;
    private static Set<String> violations;

    @BeforeAll
    static void scanSources() throws IOException {
        components = components();
        entities = entities();
        violations = new TreeSet<>();
        assertTrue(Files.isDirectory(SOURCES), SOURCES.toAbsolutePath() + " is missing; the test runs in ejb-agents");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                violationsIn(file).forEach(violations::add);
            }
        }
    }

    @Test
    void noCodeUsesAnotherComponentExceptThroughItsFactsUnlessAllowListed() throws IOException {
        Set<String> unlisted = new TreeSet<>(violations);
        unlisted.removeAll(allowList());
        if (!unlisted.isEmpty()) {
            fail(unlisted.size() + " use(s) cross a component boundary:\n  " + String.join("\n  ", unlisted)
                    + "\nAn agent (com.agora.<agent key without dashes>..) may use only libraries, com.agora.kernel..,"
                    + " com.agora.events.., com.agora.persistence.., its own packages and another agent's"
                    + " boundary.<Name>Facts; the shared packages use no agent or platform component."
                    + " Fix the code: put what the other agent must answer in its <Name>Facts bean (read-only),"
                    + " or carry the fact in the event. Do not add these lines to " + ALLOW_LIST_PATH
                    + ": it lists the violations that existed when the check was written and may only shrink.");
        }
    }

    /**
     * An event's transaction works from the event and the agent's own tables: what a reaction needs of another
     * agent travels in the event (issue 7). Another agent's Facts serve commands and queries, which run on a
     * person's request; asked inside an event transaction they would tie the agents' deployments and schemas
     * together again and add a read to every delivery. Checked on the classes that handle events (Reactions,
     * Inbox); the control classes they share with commands are not followed.
     */
    @Test
    void noEventHandlerAsksAnotherAgent() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().matches(".*(Reactions|Inbox)\\.java$")).toList()) {
                String source = Files.readString(file);
                String pkg = packageOf(source, file);
                for (String used : usedClasses(source)) {
                    if (used.matches("com\\.agora\\.\\w+\\.boundary\\.\\w+Facts") && !root(used).equals(root(pkg))) {
                        asked.add(pkg + "." + file.getFileName().toString().replaceFirst("\\.java$", "") + " -> "
                                + used);
                    }
                }
            }
        }
        assertTrue(asked.isEmpty(), "event handlers that ask another agent inside the event's transaction:\n  "
                + String.join("\n  ", asked) + "\nCarry what they need in the event instead.");
    }

    @Test
    void theAllowListNamesOnlyViolationsThatStillExist() throws IOException {
        Set<String> gone = new TreeSet<>(allowList());
        gone.removeAll(violations);
        if (!gone.isEmpty()) {
            fail(gone.size() + " line(s) of " + ALLOW_LIST_PATH + " no longer occur in the code. Well done:"
                    + " delete these lines from the file, so the violation cannot come back unnoticed:\n  "
                    + String.join("\n  ", gone));
        }
    }

    @Test
    void everyPackageBelongsToAComponentOrTheSharedCode() throws IOException {
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(Files.readString(file), file);
                if (!SHARED.contains(root(pkg)) && !components.contains(root(pkg))) {
                    unknown.add(pkg);
                }
            }
        }
        assertTrue(unknown.isEmpty(), "packages that are neither an agent's, a platform component's nor shared: "
                + unknown + ". Name an agent's package after its key without dashes (com.agora.<key>), or add the"
                + " package to PLATFORM or SHARED in " + AgentBoundariesTest.class.getSimpleName()
                + " with the reason.");
    }

    @Test
    void theRuleAllowsTheKernelTheEventsOwnCodeAndOtherAgentsFactsOnly() {
        assertTrue(allowed("order", "com.agora.kernel.error.DomainProblem"));
        assertTrue(allowed("order", "com.agora.events.OrderPlaced"));
        assertTrue(allowed("order", "com.agora.persistence.IdentifiedEntity"));
        assertTrue(allowed("order", "com.agora.order.entity.CustomerOrder"));
        assertTrue(allowed("order", "com.agora.payment.boundary.PaymentFacts"));
        assertTrue(allowed("returns", "com.agora.security.boundary.CallerFacts"));

        assertFalse(allowed("order", "com.agora.payment.boundary.PaymentAgent"));
        assertFalse(allowed("order", "com.agora.payment.control.PaymentFacts"), "Facts live in the boundary");
        assertFalse(allowed("order", "com.agora.payment.entity.Transaction"));
        assertFalse(allowed("order", "com.agora.payment.boundary.*"));
        assertFalse(allowed("order", "com.agora.security.entity.Role"));
        assertFalse(allowed("order", "com.agora.unknown.boundary.UnknownFacts"), "only components have Facts");
        assertFalse(allowed("kernel", "com.agora.order.boundary.OrderFacts"), "the kernel sits below every agent");
    }

    @Test
    void anEntityNamedInAQueryCountsAsAUse() {
        String source = "q = \"select o.id from CustomerOrder o where o.customerId in\"\n"
                + "        + \" (select c.id from Customer c, UserAccount u where u.id = c.userId)\" + \" and exists (select 1 from OrderLine l join\"\n"
                + "        + \" Shipment s on s.orderId = l.orderId)\"; // from Product p";

        assertEquals(Set.of("com.agora.order.entity.CustomerOrder", "com.agora.customer.entity.Customer",
                        "com.agora.security.entity.UserAccount", "com.agora.order.entity.OrderLine",
                        "com.agora.carrier.entity.Shipment"), queriedEntities(source));
    }

    private static boolean hasSources(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        }
    }

    /** The package an agent's code lives in: its key without dashes. */
    private static String agentPackage(Agent agent) {
        return agent.key().replace("-", "");
    }

    /** The top-level packages under com.agora that belong to an agent or a platform component. */
    private static Set<String> components() {
        Set<String> roots = new TreeSet<>(PLATFORM);
        Arrays.stream(Agent.values()).map(AgentBoundariesTest::agentPackage).forEach(roots::add);
        return roots;
    }

    private static List<String> violationsIn(Path file) throws IOException {
        String source = Files.readString(file);
        String pkg = packageOf(source, file);
        String from = pkg + "." + file.getFileName().toString().replaceFirst("\\.java$", "");
        List<String> found = new ArrayList<>();
        for (String used : usedClasses(source)) {
            if (!allowed(root(pkg), used)) {
                found.add(from + " -> " + used);
            }
        }
        return found;
    }

    /** The com.agora classes (or wildcard packages) a source file imports or names in full. */
    private static Set<String> usedClasses(String source) {
        Set<String> used = new TreeSet<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            String name = imports.group(2);
            if (name.startsWith("com.agora.")) {
                used.add(imports.group(3) != null ? name + ".*" : topLevelClass(name));
            }
        }
        String code = IMPORT.matcher(PACKAGE.matcher(COMMENTS_AND_STRINGS.matcher(source).replaceAll(" "))
                .replaceAll(" ")).replaceAll(" ");
        Matcher named = NAMED_IN_FULL.matcher(code);
        while (named.find()) {
            used.add(topLevelClass(named.group()));
        }
        used.addAll(queriedEntities(source));
        return used;
    }

    /**
     * The entities the JPQL of a source file ranges over. A query is usually written as several literals joined with
     * {@code +}, so the literals are read as one text, in order.
     */
    private static Set<String> queriedEntities(String source) {
        StringBuilder literals = new StringBuilder();
        Matcher text = COMMENTS_AND_STRINGS.matcher(source);
        while (text.find()) {
            String found = text.group();
            if (found.startsWith("\"\"\"")) {
                literals.append(found, 3, found.length() - 3).append(' ');
            } else if (found.startsWith("\"")) {
                literals.append(found, 1, found.length() - 1).append(' ');
            }
        }
        Set<String> queried = new TreeSet<>();
        Matcher range = QUERIED_RANGE.matcher(literals);
        while (range.find()) {
            Stream.concat(Stream.of(range.group(1)), ENTITY_IN_RANGE.matcher(range.group(2)).results()
                            .map(entity -> entity.group(1)))
                    .map(entities::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(queried::add);
        }
        return queried;
    }

    /** Every entity of the platform, by the simple name JPQL knows it by. */
    private static Map<String, String> entities() throws IOException {
        Map<String, String> found = new HashMap<>();
        for (Path root : List.of(SOURCES, ENTITY_SOURCES)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    if (source.contains("@Entity")) {
                        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
                        found.put(name, packageOf(source, file) + "." + name);
                    }
                }
            }
        }
        return found;
    }

    private static boolean allowed(String fromRoot, String used) {
        String usedRoot = root(used);
        if (SHARED.contains(usedRoot)) {
            return true;
        }
        if (SHARED.contains(fromRoot)) {
            return false;
        }
        if (usedRoot.equals(fromRoot)) {
            return true;
        }
        return components.contains(usedRoot)
                && used.matches("com\\.agora\\." + Pattern.quote(usedRoot) + "\\.boundary\\.[A-Z]\\w*Facts");
    }

    /** {@code com.agora.order.boundary.OrderAgent} -> {@code order}. */
    private static String root(String name) {
        String[] parts = name.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    /** Cuts a nested class or a static member off: the first segment that starts uppercase is the class. */
    private static String topLevelClass(String name) {
        List<String> kept = new ArrayList<>();
        for (String part : name.split("\\.")) {
            kept.add(part);
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
        }
        return String.join(".", kept);
    }

    private static String packageOf(String source, Path file) {
        Matcher matcher = PACKAGE.matcher(source);
        if (!matcher.find()) {
            fail(file + " declares no package");
        }
        return matcher.group(1);
    }

    private static Set<String> allowList() throws IOException {
        try (InputStream in = AgentBoundariesTest.class.getResourceAsStream("/" + ALLOW_LIST)) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.replaceAll("\\s*->\\s*", " -> "))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
