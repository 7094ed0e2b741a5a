/** Holdings kept as lots, and transfers between accounts through the compliance rules. */
package org.greenledger.chaincode.contract.holding;
