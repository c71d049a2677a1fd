package com.agora.returns.entity;

/** Why the customer sends goods back; a closed set so the automatic rules can weigh it. */
public enum ReturnReason {
    DAMAGED,
    DEFECTIVE,
    WRONG_ITEM,
    NOT_AS_DESCRIBED,
    NO_LONGER_NEEDED,
    OTHER
}
