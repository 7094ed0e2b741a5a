/** The regulator's view of history: every movement of an asset or account, and every change of a record. */
package org.greenledger.chaincode.api.history;
