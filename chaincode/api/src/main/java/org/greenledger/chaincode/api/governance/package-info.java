/** Member organizations, their roles, and the two-party governance of role changes. */
package org.greenledger.chaincode.api.governance;
