/** Green bonds: the pre-issue lifecycle. */
package org.greenledger.chaincode.contract.bond;
