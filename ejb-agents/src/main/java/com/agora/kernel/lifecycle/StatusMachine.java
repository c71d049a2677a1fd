package com.agora.kernel.lifecycle;

import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The statuses of one kind of record, the ones a new record may start in, and the moves allowed between them,
 * declared in one place. Building it fails unless every status of the enum is declared, either with the statuses it
 * may move to or as final, so a status added to the enum cannot silently be a dead end; and unless at least one
 * status is declared as a start, since a record that cannot be created has no lifecycle.
 *
 * @param <S> the status enum
 */
public final class StatusMachine<S extends Enum<S>> {

    private final String subject;
    private final Set<S> starts;
    private final Map<S, Set<S>> moves;
    private final Function<S, String> label;

    private StatusMachine(String subject, Set<S> starts, Map<S, Set<S>> moves, Function<S, String> label) {
        this.subject = subject;
        this.starts = starts;
        this.moves = moves;
        this.label = label;
    }

    /** @param subject what the statuses belong to, as a refusal names it ("order", "pick list") */
    public static <S extends Enum<S>> Builder<S> of(Class<S> type, String subject) {
        return new Builder<>(type, subject);
    }

    /**
     * @return {@code status}, so that creating a record reads {@code x.setStatus(machine.start(status))}
     * @throws DomainProblem a conflict (409) naming the status when a new record may not start in it
     */
    public S start(S status) {
        if (!starts.contains(status)) {
            throw DomainProblem.conflict("a new " + subject + " cannot start as " + label(status));
        }
        return status;
    }

    public boolean allows(S from, S to) {
        return moves.get(from).contains(to);
    }

    public Set<S> allowedFrom(S from) {
        return moves.get(from);
    }

    /** Final: no move leads out of it. */
    public boolean isFinal(S status) {
        return moves.get(status).isEmpty();
    }

    /**
     * @return {@code to}, so that a status change reads {@code x.setStatus(machine.requireMove(id, x.getStatus(), to))}
     * @throws DomainProblem a conflict (409) naming the record and both statuses when the move is not allowed
     */
    public S requireMove(String id, S from, S to) {
        if (!allows(from, to)) {
            throw DomainProblem.conflict(subject + " " + id + " is " + label(from) + " and cannot become " + label(to));
        }
        return to;
    }

    public String label(S status) {
        return label.apply(status);
    }

    public static final class Builder<S extends Enum<S>> {

        private final Class<S> type;
        private final String subject;
        private final Set<S> starts;
        private final Map<S, Set<S>> moves;
        private Function<S, String> label = Codes::code;

        private Builder(Class<S> type, String subject) {
            this.type = type;
            this.subject = subject;
            this.starts = EnumSet.noneOf(type);
            this.moves = new EnumMap<>(type);
        }

        /** The statuses a new record may be created in. */
        @SafeVarargs
        public final Builder<S> starting(S first, S... more) {
            starts.addAll(EnumSet.of(first, more));
            return this;
        }

        @SafeVarargs
        public final Builder<S> allow(S from, S to, S... more) {
            declare(from, EnumSet.of(to, more));
            return this;
        }

        @SafeVarargs
        public final Builder<S> finalStatuses(S first, S... more) {
            for (S status : EnumSet.of(first, more)) {
                declare(status, EnumSet.noneOf(type));
            }
            return this;
        }

        /** How a status reads in a refusal; its lowercase code unless told otherwise. */
        public Builder<S> labelled(Function<S, String> label) {
            this.label = label;
            return this;
        }

        /** @throws IllegalStateException when a status of the enum is not declared, or no status is a start */
        public StatusMachine<S> build() {
            if (starts.isEmpty()) {
                throw new IllegalStateException("the " + subject + " status machine does not say which status a new "
                        + subject + " starts in; declare it with starting(...)");
            }
            Set<S> undeclared = EnumSet.allOf(type);
            undeclared.removeAll(moves.keySet());
            if (!undeclared.isEmpty()) {
                throw new IllegalStateException("the " + subject + " status machine does not say where "
                        + undeclared + " may go; declare each with allow(...) or finalStatuses(...)");
            }
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            moves.forEach((from, to) -> frozen.put(from, Collections.unmodifiableSet(to)));
            return new StatusMachine<>(subject, Collections.unmodifiableSet(EnumSet.copyOf(starts)),
                    Collections.unmodifiableMap(frozen), label);
        }

        private void declare(S from, Set<S> to) {
            if (moves.putIfAbsent(from, to) != null) {
                throw new IllegalStateException("the " + subject + " status machine declares " + from + " twice");
            }
        }
    }
}
