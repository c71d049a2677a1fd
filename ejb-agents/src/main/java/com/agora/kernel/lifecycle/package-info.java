/**
 * Status machines: each lifecycle (orders, returns, pick lists, ...) declares its statuses, the ones a new record
 * starts in, and the allowed moves once with {@link com.agora.kernel.lifecycle.StatusMachine}, and every status
 * change asks it first ({@code x.setStatus(machine.requireMove(id, x.getStatus(), to))}, or
 * {@code machine.start(status)} for a new record), so a refused move reads the same everywhere (a 409 naming the
 * record and both statuses). {@code StatusChangesTest} fails the build when a status is set any other way.
 */
package com.agora.kernel.lifecycle;
