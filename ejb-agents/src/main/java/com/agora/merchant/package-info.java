/**
 * The merchants' accounts, a platform component rather than an agent: {@link com.agora.merchant.boundary.MerchantFacts}
 * answers read-only questions about merchants (names, for documents and consoles), like the Facts of an agent.
 */
package com.agora.merchant;
