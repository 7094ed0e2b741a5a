/**
 * The supervisor's console: a small web server that reads the ledger through the SDK, as one org's
 * enrolled identity, and shows it as pages with charts, a movement explorer, the regulator's
 * actions and the sandbox reporting pack (CSV and XLSX).
 *
 * <p>Entry points: {@link org.greenledger.client.console.ConsoleServer#start} (embed it, or test it
 * over any {@link org.greenledger.client.GreenLedger}) and {@link org.greenledger.client.console.Console}
 * (the command behind {@code scripts/console}). Every figure is read from the ledger when a page is
 * asked for; the console keeps nothing but the live feed's event checkpoint.
 */
package org.greenledger.client.console;
