/** Holders' transfers of bond units and deposit tokens, and the checks before one (through the movement core). */
package org.greenledger.chaincode.contract.holding;
