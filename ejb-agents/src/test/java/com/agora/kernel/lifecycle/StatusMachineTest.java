package com.agora.kernel.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusMachineTest {

    enum Door { OPEN, CLOSED, LOCKED, WALLED_UP }

    private final StatusMachine<Door> door = StatusMachine.of(Door.class, "door")
            .starting(Door.OPEN, Door.CLOSED)
            .allow(Door.OPEN, Door.CLOSED)
            .allow(Door.CLOSED, Door.OPEN, Door.LOCKED, Door.WALLED_UP)
            .allow(Door.LOCKED, Door.CLOSED)
            .finalStatuses(Door.WALLED_UP)
            .build();

    @Test
    void onlyDeclaredMovesAreAllowed() {
        assertTrue(door.allows(Door.OPEN, Door.CLOSED));
        assertTrue(door.allows(Door.LOCKED, Door.CLOSED));
        assertFalse(door.allows(Door.OPEN, Door.LOCKED));
        assertFalse(door.allows(Door.CLOSED, Door.CLOSED), "staying put is a move like any other");
        assertEquals(Set.of(Door.OPEN, Door.LOCKED, Door.WALLED_UP), door.allowedFrom(Door.CLOSED));
    }

    @Test
    void aFinalStatusAllowsNothing() {
        assertTrue(door.isFinal(Door.WALLED_UP));
        assertFalse(door.isFinal(Door.LOCKED));
        for (Door next : Door.values()) {
            assertFalse(door.allows(Door.WALLED_UP, next));
        }
    }

    @Test
    void aRefusedMoveIsAConflictNamingTheRecordAndBothStatuses() {
        DomainProblem refused = assertThrows(DomainProblem.class, () -> door.requireMove("D-7", Door.OPEN, Door.WALLED_UP));

        assertEquals(DomainProblem.Kind.CONFLICT, refused.kind());
        assertEquals("door D-7 is open and cannot become walled_up", refused.getMessage());
        assertSame(Door.LOCKED, door.requireMove("D-7", Door.CLOSED, Door.LOCKED));
    }

    @Test
    void statusesReadAsTheirCodeUnlessLabelledOtherwise() {
        StatusMachine<Door> spoken = StatusMachine.of(Door.class, "door")
                .starting(Door.OPEN)
                .allow(Door.OPEN, Door.CLOSED)
                .finalStatuses(Door.CLOSED, Door.LOCKED, Door.WALLED_UP)
                .labelled(status -> status.name().toLowerCase().replace('_', ' '))
                .build();

        assertEquals("walled_up", door.label(Door.WALLED_UP));
        assertEquals("walled up", spoken.label(Door.WALLED_UP));
        assertEquals("door D-7 is walled up and cannot become open",
                assertThrows(DomainProblem.class, () -> spoken.requireMove("D-7", Door.WALLED_UP, Door.OPEN)).getMessage());
    }

    @Test
    void aMachineThatForgetsAStatusOrDeclaresOneTwiceIsNotBuilt() {
        IllegalStateException forgotten = assertThrows(IllegalStateException.class,
                () -> StatusMachine.of(Door.class, "door").starting(Door.OPEN).allow(Door.OPEN, Door.CLOSED)
                        .finalStatuses(Door.CLOSED).build());
        assertTrue(forgotten.getMessage().contains("[LOCKED, WALLED_UP]"), forgotten.getMessage());

        assertThrows(IllegalStateException.class,
                () -> StatusMachine.of(Door.class, "door").allow(Door.OPEN, Door.CLOSED).finalStatuses(Door.OPEN));
    }

    @Test
    void aNewRecordStartsOnlyInADeclaredStartingStatus() {
        assertSame(Door.CLOSED, door.start(Door.CLOSED));

        DomainProblem refused = assertThrows(DomainProblem.class, () -> door.start(Door.LOCKED));
        assertEquals(DomainProblem.Kind.CONFLICT, refused.kind());
        assertEquals("a new door cannot start as locked", refused.getMessage());
    }

    @Test
    void aMachineWithoutAStartingStatusIsNotBuilt() {
        IllegalStateException unstartable = assertThrows(IllegalStateException.class,
                () -> StatusMachine.of(Door.class, "door").allow(Door.OPEN, Door.CLOSED)
                        .finalStatuses(Door.CLOSED, Door.LOCKED, Door.WALLED_UP).build());
        assertTrue(unstartable.getMessage().contains("starting(...)"), unstartable.getMessage());
    }

    @Test
    void theDeclaredMovesCannotBeChangedAfterwards() {
        assertThrows(UnsupportedOperationException.class, () -> door.allowedFrom(Door.OPEN).add(Door.LOCKED));
    }
}
