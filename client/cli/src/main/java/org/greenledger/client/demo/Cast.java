package org.greenledger.client.demo;

import org.greenledger.client.GreenLedger;

/**
 * Who acts in the demo: a connection per org, and the investors the banks opened accounts for.
 *
 * @param registry  the alliance's operator (the REGISTRY)
 * @param regulator the regulator's viewer
 * @param bankA     Bank A's operator (issuer, custodian)
 * @param bankB     Bank B's operator (custodian)
 * @param verifier  the verifier's operator
 * @param investorA Bank A's professional investor
 * @param investorB Bank B's institutional investor
 * @param run       a suffix that keeps this run's ids apart from earlier runs'
 */
record Cast(GreenLedger registry, GreenLedger regulator, GreenLedger bankA, GreenLedger bankB, GreenLedger verifier,
        String investorA, String investorB, String run) {
    /** Waits until every org's peer has the last step's block. */
    void settle() {
        Narrator.settle(registry, regulator, bankA, bankB, verifier);
    }
}
