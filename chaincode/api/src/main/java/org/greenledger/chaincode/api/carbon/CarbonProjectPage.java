package org.greenledger.chaincode.api.carbon;

import java.util.List;

/**
 * One page of carbon projects, in project id order.
 *
 * @param projects the projects on this page that pass the query's filter
 * @param bookmark pass it to read the next page; empty when this is the last
 */
public record CarbonProjectPage(List<CarbonProject> projects, String bookmark) {
    public CarbonProjectPage {
        projects = List.copyOf(projects);
        bookmark = bookmark == null ? "" : bookmark;
    }
}
