package org.greenledger.chaincode.contract.support;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh request ids for tests that send a new request each time. */
public final class RequestIds {
    private static final AtomicLong NEXT = new AtomicLong();

    private RequestIds() {
    }

    public static String next() {
        return "REQ-" + NEXT.incrementAndGet();
    }
}
