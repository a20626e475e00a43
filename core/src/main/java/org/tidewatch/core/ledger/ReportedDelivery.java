package org.tidewatch.core.ledger;

import java.time.LocalDate;
import org.tidewatch.core.delivery.Commodity;

/**
 * An officially reported delivery or notification (as the 1718 Committee publishes the
 * notifications of member states), entered from a file and never mixed with inferred figures.
 *
 * @param date the date (or the first day of the reported month)
 * @param commodity the commodity
 * @param quantity in the commodity's unit (barrels, or tonnes for coal)
 * @param reporter who reported it (a member state, the Committee)
 * @param source where the figure was published
 */
public record ReportedDelivery(
    LocalDate date, Commodity commodity, double quantity, String reporter, String source) {}
