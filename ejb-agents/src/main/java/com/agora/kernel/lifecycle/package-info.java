/**
 * Status machines: each lifecycle (orders, returns, pick lists, ...) declares its statuses and allowed moves once
 * with {@link com.agora.kernel.lifecycle.StatusMachine}, and every status change asks it first, so a refused move
 * reads the same everywhere (a 409 naming the record and both statuses).
 */
package com.agora.kernel.lifecycle;
