package org.branchledger.ledger;

import java.util.List;

/** A page whose body has been laid out; its frame is drawn once the total number of pages is known. */
record LaidPage(PageGeometry geometry, Frame frame, List<PageOp> body) {
    LaidPage {
        body = List.copyOf(body);
    }
}
