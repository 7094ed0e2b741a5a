/**
 * {@code greenledger}, the operators' command line ({@code scripts/greenledger}): one command per
 * SDK call, grouped by domain (org, account, bond, cash, compliance, proceeds, impact, carbon,
 * credits, report), results as tables or JSON. It uses the public SDK and nothing else.
 */
package org.greenledger.client.cli;
