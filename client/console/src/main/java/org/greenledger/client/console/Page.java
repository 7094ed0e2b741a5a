package org.greenledger.client.console;

/** One page (or download) of the console, answered from the ledger when it is asked for. */
interface Page {
    /**
     * @param query   the URL's parameters
     * @param reading who reads and at which block height
     * @return the page
     */
    Response answer(Query query, Html.Reading reading);
}
