/**
 * The merchant directory: read-only answers about merchants (names, for documents and consoles) for any agent. Not
 * an agent: it has no queue and no events, so agents call it directly, like the Facts of an agent.
 */
package com.agora.merchant;
