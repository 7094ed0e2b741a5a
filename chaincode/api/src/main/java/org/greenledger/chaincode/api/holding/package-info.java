/** Holdings of any asset, and transfers between accounts. */
package org.greenledger.chaincode.api.holding;
