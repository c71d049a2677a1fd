package com.agora.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.lifecycle.StatusMachine;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every status change goes through a status machine, checked over the sources of this module so that no server is
 * needed: the argument of each {@code .setStatus(...)} must be, in full, a {@code requireMove(...)} or
 * {@code start(...)} call on a static {@link StatusMachine} field, named as {@code Lifecycle.MACHINE} (the class
 * imported or in the same package) or, within the class that declares it, as {@code MACHINE} alone. A status set
 * any other way would be a move no machine was asked about.
 */
class StatusChangesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static final Pattern SET_STATUS = Pattern.compile("\\.\\s*setStatus\\s*\\(");
    private static final Pattern THROUGH_A_MACHINE = Pattern.compile(
            "(?:([A-Z]\\w*)\\s*\\.\\s*)?([A-Z][A-Z0-9_]*)\\s*\\.\\s*(?:requireMove|start)\\s*\\(");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'", Pattern.DOTALL);

    @Test
    void everyStatusChangeGoesThroughAStatusMachine() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), SOURCES.toAbsolutePath() + " is missing; the test runs in ejb-agents");
        List<String> bypasses = new ArrayList<>();
        int changes = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = blankCommentsAndStrings(Files.readString(file));
                Matcher call = SET_STATUS.matcher(code);
                while (call.find()) {
                    changes++;
                    String argument = argumentAt(code, call.end());
                    if (!throughAMachine(file, code, argument)) {
                        bypasses.add(SOURCES.relativize(file) + ":" + lineOf(code, call.start()) + ": setStatus("
                                + argument.replaceAll("\\s+", " ").trim() + ")");
                    }
                }
            }
        }
        assertTrue(changes > 0, "no setStatus call found under " + SOURCES.toAbsolutePath());
        assertEquals(List.of(), bypasses, "these status changes bypass the status machines; write them as "
                + "x.setStatus(Lifecycle.MACHINE.requireMove(id, x.getStatus(), to)), or MACHINE.start(status) for a "
                + "new record, with the machine declared next to the agent's rules");
    }

    /** Whether the argument is one requireMove or start call, on a static StatusMachine field, and nothing more. */
    private static boolean throughAMachine(Path file, String code, String argument) {
        String trimmed = argument.trim();
        Matcher machineCall = THROUGH_A_MACHINE.matcher(trimmed);
        if (!machineCall.lookingAt() || machineCall.end() + argumentAt(trimmed, machineCall.end()).length() + 1
                != trimmed.length()) {
            return false;
        }
        String owner = machineCall.group(1) != null ? machineCall.group(1) : declaredClass(file);
        return classNamed(owner, code).map(type -> isStatusMachine(type, machineCall.group(2))).orElse(false);
    }

    private static boolean isStatusMachine(Class<?> type, String fieldName) {
        try {
            Field field = type.getDeclaredField(fieldName);
            return Modifier.isStatic(field.getModifiers()) && field.getType() == StatusMachine.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** The class a simple name means in the file: imported, or in the file's own package. */
    private static Optional<Class<?>> classNamed(String simpleName, String code) {
        Matcher imported = IMPORT.matcher(code);
        while (imported.find()) {
            if (imported.group(1).endsWith("." + simpleName)) {
                return load(imported.group(1));
            }
        }
        Matcher declared = PACKAGE.matcher(code);
        return declared.find() ? load(declared.group(1) + "." + simpleName) : Optional.empty();
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, StatusChangesTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String declaredClass(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    /** The text up to the parenthesis that closes the one opened just before {@code from}. */
    private static String argumentAt(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    /** Comments and literals hold no calls; blanked out, they keep their length so line numbers stay right. */
    private static String blankCommentsAndStrings(String source) {
        Matcher matcher = COMMENTS_AND_STRINGS.matcher(source);
        StringBuilder code = new StringBuilder(source);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                if (code.charAt(i) != '\n') {
                    code.setCharAt(i, ' ');
                }
            }
        }
        return code.toString();
    }

    private static int lineOf(String code, int offset) {
        return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
